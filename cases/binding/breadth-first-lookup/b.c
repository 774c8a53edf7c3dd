const char *pick(void) { return "libb (direct dependency)"; }
