/* A BTI-marked object whose function in .far calls the preemptible ext_fn
   (defined by the executable) through the DSO's PLT. With .far placed 256 MiB
   away from .plt, the BL needs a linker veneer ending in BR x16: the PLT entry
   it lands on must start with a BTI landing pad, or the linker must route the
   veneer through one. */
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

	.section .far, "ax", %progbits
	.p2align 2
	.globl	far_entry
	.type	far_entry, %function
far_entry:
	bti	c
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	bl	ext_fn
	ldp	x29, x30, [sp], #16
	ret
	.size	far_entry, .-far_entry

	.section .note.GNU-stack, "", %progbits
