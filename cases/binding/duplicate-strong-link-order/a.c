const char *dup(void) { return "liba"; }
