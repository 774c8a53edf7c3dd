const char *leaf(void) { return "leaf"; }
