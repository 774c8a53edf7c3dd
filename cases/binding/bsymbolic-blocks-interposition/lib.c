const char *who(void) { return "lib"; }
int level = 1;

const char *lib_calls_who(void) { return who(); }
int lib_level(void) { return level; }
