const char *who(void) { return "b"; }
const char *only_b(void) { return "b"; }
