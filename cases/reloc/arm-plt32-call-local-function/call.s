@ int call_add_one(int): calls add_one with an ARM-mode BL relocated by the
@ deprecated R_ARM_PLT32 (as older assemblers emitted for "bl add_one(PLT)";
@ today's gas writes R_ARM_CALL, so the relocation is spelled out with .reloc).
@ The BL's in-place addend is -8 (0xebfffffe), the ARM pipeline offset.
	.syntax unified
	.arm
	.text
	.globl	add_one			@ undefined here; keeps it in the symbol table for .reloc
	.globl	call_add_one
	.type	call_add_one, %function
call_add_one:
	push	{r4, lr}
	.reloc	., R_ARM_PLT32, add_one
	.inst	0xebfffffe
	pop	{r4, pc}
	.size	call_add_one, .-call_add_one
	.section .note.GNU-stack,"",%progbits
