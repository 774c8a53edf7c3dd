const char *pick(void) { return "strong in libstrong"; }
