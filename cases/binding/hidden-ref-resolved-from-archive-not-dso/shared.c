/* Another definition, exported by libshared.so, which comes first on the command line. */
int pick_impl(void) { return 2; }
