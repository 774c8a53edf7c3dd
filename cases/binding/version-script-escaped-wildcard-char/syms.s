/* Two data symbols; the first has a '?' in its name, which C cannot spell
   but the assembler can (quoted symbol name). */
	.data
	.balign 4
	.globl	"odd?name"
	.type	"odd?name", %object
	.size	"odd?name", 4
"odd?name":
	.long	42
	.globl	plain_name
	.type	plain_name, %object
	.size	plain_name, 4
plain_name:
	.long	7
	.section .note.GNU-stack,"",%progbits
