/* Exported, but STV_PROTECTED: references from inside this DSO bind to it. */
__attribute__((visibility("protected"))) const char *who(void) { return "lib"; }

const char *lib_calls_who(void) { return who(); }
