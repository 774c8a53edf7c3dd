const char *greet(void) { return "preload"; }
