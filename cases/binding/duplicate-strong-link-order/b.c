const char *dup(void) { return "libb"; }
