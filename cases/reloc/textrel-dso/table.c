/* Built without -fpic, and placed in .rodata explicitly (on RISC-V, GCC would
 * otherwise put a relocated constant in writable data), so its dynamic
 * relocation patches a read-only segment. */
int value = 42;
int *const value_ptr __attribute__((section(".rodata"))) = &value;
