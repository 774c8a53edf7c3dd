// sum_scratch: a variant-PCS function. It takes its inputs in x9-x15 and d20,
// registers the base AArch64 PCS lets a callee (or a lazy PLT resolver)
// clobber, and returns their sum in x0.
	.text
	.globl	sum_scratch
	.type	sum_scratch, %function
	.variant_pcs	sum_scratch
sum_scratch:
	add	x0, x9, x10
	add	x0, x0, x11
	add	x0, x0, x12
	add	x0, x0, x13
	add	x0, x0, x14
	add	x0, x0, x15
	fmov	x1, d20
	add	x0, x0, x1
	ret
	.size	sum_scratch, .-sum_scratch
	.section .note.GNU-stack,"",%progbits
