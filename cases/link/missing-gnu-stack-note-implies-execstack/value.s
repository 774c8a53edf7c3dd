/* Hand-written assembly without a .note.GNU-stack section: to the linker this
 * object may need an executable stack.  Data only, so it assembles on every arch. */
	.data
	.globl	asm_value
	.type	asm_value, %object
	.size	asm_value, 4
	.p2align 2
asm_value:
	.long	42
