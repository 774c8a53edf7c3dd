const char *who(void) { return "lib"; }

/* A call from inside the DSO to its own exported, default-visibility function. */
const char *lib_calls_who(void) { return who(); }
