const char *who(void) { return "dep"; }
const char *only_a(void) { return "dep"; }
const char *only_b(void) { return "dep"; }
