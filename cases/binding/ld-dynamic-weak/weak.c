__attribute__((weak)) const char *pick(void) { return "weak in libweak"; }
