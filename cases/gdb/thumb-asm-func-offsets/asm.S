@ A Thumb function written in assembly; with -g, GNU as describes it with a
@ DW_TAG_subprogram of its own (GNU as 2.39 and later).
	.syntax unified
	.thumb
	.text
	.p2align 2
	.global	asm_add3
	.thumb_func
	.type	asm_add3, %function
asm_add3:
	adds	r0, r0, #3
	nop
	bx	lr
	.size	asm_add3, .-asm_add3
	.section	.note.GNU-stack,"",%progbits
