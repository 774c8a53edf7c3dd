// int *addr_of_value(void): forms &shared_value with ADRP + ADD. The ADRP uses
// the :pg_hi21_nc: operator (page address, no overflow check), relocated by
// R_AARCH64_ADR_PREL_PG_HI21_NC; the ADD by R_AARCH64_ADD_ABS_LO12_NC.
	.text
	.globl	addr_of_value
	.type	addr_of_value, %function
addr_of_value:
	adrp	x0, :pg_hi21_nc:shared_value
	add	x0, x0, :lo12:shared_value
	ret
	.size	addr_of_value, .-addr_of_value
	.section .note.GNU-stack,"",%progbits
