# rel_table: two 32-bit self-relative offsets (".long sym - ."), the form
# position-independent tables take in hand-written assembly. On ppc64 each is
# an R_PPC64_REL32 relocation in a data section.
	.section .rodata
	.align 2
	.globl	rel_table
	.type	rel_table, @object
	.size	rel_table, 8
rel_table:
	.long	target_a - .
	.long	target_b - .
	.section .note.GNU-stack,"",@progbits
