/* The second strong definition of helper. */
int helper(void) { return 2; }
