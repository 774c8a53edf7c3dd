const char *unused(void) { return "unused"; }
