const char *pick(void) { return "shared"; }
