/* Becomes the member of the archive libhelper.a (built by ar in case.toml). */
int helper_table[4] = {1, 2, 3, 4};
int helper_twice(int x) { return 2 * x + helper_table[0] - 1; }
