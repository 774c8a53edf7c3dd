/* Compiled with -fvisibility=hidden: only what is marked default is exported. */
const char *who(void) { return "lib"; }

__attribute__((visibility("default"))) const char *lib_calls_who(void) { return who(); }
