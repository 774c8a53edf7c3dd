/* Built without -fpic: a const pointer lands in .rodata (not .data.rel.ro),
 * so its dynamic relocation patches a read-only segment. */
int value = 42;
int *const value_ptr = &value;
