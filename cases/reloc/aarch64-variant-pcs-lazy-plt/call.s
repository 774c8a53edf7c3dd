// long call_sum_scratch(long v): loads v into x9-x15 and d20, then calls
// sum_scratch (in libvpcs.so) through the PLT.
	.text
	.variant_pcs	sum_scratch
	.globl	call_sum_scratch
	.type	call_sum_scratch, %function
call_sum_scratch:
	stp	x29, x30, [sp, -16]!
	mov	x29, sp
	mov	x9, x0
	mov	x10, x0
	mov	x11, x0
	mov	x12, x0
	mov	x13, x0
	mov	x14, x0
	mov	x15, x0
	fmov	d20, x0
	bl	sum_scratch
	ldp	x29, x30, [sp], 16
	ret
	.size	call_sum_scratch, .-call_sum_scratch
	.section .note.GNU-stack,"",%progbits
