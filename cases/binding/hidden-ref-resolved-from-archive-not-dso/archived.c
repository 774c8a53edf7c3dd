/* The definition in libarchived.a. */
int pick_impl(void) { return 1; }
