/* Release 1: a two-element table. */
int grow_table[2] = {11, 22};
int lib_first(void) { return grow_table[0]; }
