const char *pick(void) { return "libdeep (dependency of liba)"; }
