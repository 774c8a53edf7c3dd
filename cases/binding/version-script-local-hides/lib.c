/* Both have default visibility in C; the version script's "local: *" hides helper. */
int helper(void) { return 6; }
int pub(void) { return helper() + 1; }
