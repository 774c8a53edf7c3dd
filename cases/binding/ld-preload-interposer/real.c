const char *greet(void) { return "real"; }
