/* Read-only data of the DSO, and a function that stores into it. */
const int lib_table[4] = { 1, 2, 3, 4 };

void lib_poke(void) {
  *(volatile int *)&lib_table[2] = 9;     /* SIGSEGV: .rodata is not writable */
}
