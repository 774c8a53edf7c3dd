const char *who(void) { return "lib"; }
const char *lib_only(void) { return "lib"; }
