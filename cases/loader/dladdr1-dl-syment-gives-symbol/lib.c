int table[6] = {1, 2, 3, 4, 5, 6};

/* main takes the address through here, so that main has no copy of table. */
int *table_address(void) { return table; }
