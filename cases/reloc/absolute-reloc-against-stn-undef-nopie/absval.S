/* One word relocated by the target's absolute data relocation against symbol
   index 0 (STN_UNDEF, value 0), so the result is just the addend, 0x1234.
   RELA targets carry the addend in the relocation, Arm (REL) in the word. */
#if defined(__aarch64__)
# define ABS_RELOC R_AARCH64_ABS64
#elif defined(__x86_64__)
# define ABS_RELOC R_X86_64_64
#elif defined(__powerpc64__)
# define ABS_RELOC R_PPC64_ADDR64
#elif defined(__arm__)
# define ABS_RELOC R_ARM_ABS32
#else
# error "no absolute data relocation for this target"
#endif
	.data
	.p2align 3
	.globl	absval
absval:
#if defined(__arm__)
	.long	0x1234
	.reloc	absval, ABS_RELOC, 0
#else
	.quad	0
	.reloc	absval, ABS_RELOC, 0x1234
#endif
	.section .note.GNU-stack, "", %progbits
