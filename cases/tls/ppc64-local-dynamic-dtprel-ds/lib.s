# long get_second(void): local-dynamic access to the second doubleword of a
# TLS object, loaded with a DS-form "ld" whose displacement is
# tls_pair+8@dtprel@l: relocation R_PPC64_DTPREL16_LO_DS (low 16 bits of the
# offset from the module's DTP, the two low bits belonging to the opcode).
	.abiversion 2
	.section .tdata,"awT",@progbits
	.align 3
	.type	tls_pair, @object
	.size	tls_pair, 16
tls_pair:
	.quad	5
	.quad	37

	.text
	.align 2
	.globl	get_second
	.type	get_second, @function
get_second:
0:	addis	2,12,.TOC.-0b@ha
	addi	2,2,.TOC.-0b@l
	.localentry get_second,.-get_second
	mflr	0
	std	0,16(1)
	stdu	1,-32(1)
	addis	3,2,tls_pair@got@tlsld@ha
	addi	3,3,tls_pair@got@tlsld@l
	bl	__tls_get_addr(tls_pair@tlsld)
	nop
	addis	3,3,tls_pair+8@dtprel@ha
	ld	3,tls_pair+8@dtprel@l(3)
	addi	1,1,32
	ld	0,16(1)
	mtlr	0
	blr
	.size	get_second,.-get_second
	.section .note.GNU-stack,"",@progbits
