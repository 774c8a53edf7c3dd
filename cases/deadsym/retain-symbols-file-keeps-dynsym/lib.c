/* --retain-symbols-file names only keep_a and keep_b; it filters .symtab, not .dynsym. */
int keep_a(void) { return 1; }
int other(void) { return 20; }
int keep_b(void) { return 300; }
