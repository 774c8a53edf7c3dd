const char *who(void) { return "a"; }
const char *only_a(void) { return "a"; }
