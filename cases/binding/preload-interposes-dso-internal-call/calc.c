int base(void) { return 1; }

/* Calls base() by its exported name: the preloaded base() must win. */
int twice_base(void) { return 2 * base(); }
