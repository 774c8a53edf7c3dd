/* Release 2: the table grew to four elements (an ABI break the soname hides). */
int grow_table[4] = {11, 22, 33, 44};
int lib_first(void) { return grow_table[0]; }
