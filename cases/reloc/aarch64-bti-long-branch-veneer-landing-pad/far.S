/* A BTI-marked object: near_entry (exported, reached through the PLT) starts with
   "bti c"; far_add has no landing pad because only the direct BL below reaches it.
   With .far placed 256 MiB away, that BL needs a linker veneer (adrp/add/br x16),
   an indirect branch, so the linker must also give far_add a BTI landing pad. */
	.section .note.gnu.property, "a"
	.p2align 3
	.word	4			/* n_namesz */
	.word	16			/* n_descsz */
	.word	5			/* NT_GNU_PROPERTY_TYPE_0 */
	.asciz	"GNU"
	.word	0xc0000000		/* GNU_PROPERTY_AARCH64_FEATURE_1_AND */
	.word	4
	.word	1			/* GNU_PROPERTY_AARCH64_FEATURE_1_BTI */
	.word	0

	.text
	.globl	near_entry
	.type	near_entry, %function
near_entry:
	bti	c
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	bl	far_add
	ldp	x29, x30, [sp], #16
	ret
	.size	near_entry, .-near_entry

	.section .far, "ax", %progbits
	.p2align 2
	.type	far_add, %function
far_add:
	add	w0, w0, w1
	add	w0, w0, #1
	ret
	.size	far_add, .-far_add

	.section .note.GNU-stack, "", %progbits
