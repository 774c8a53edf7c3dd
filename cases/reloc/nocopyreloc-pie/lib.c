int table[4] = {1, 2, 3, 4};
int *lib_table(void) { return table; }
