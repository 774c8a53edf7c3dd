/* Exported, but STV_PROTECTED: this DSO's accesses bind to its own copy. */
__attribute__((visibility("protected"))) int level = 1;

int lib_level(void) { return level; }
