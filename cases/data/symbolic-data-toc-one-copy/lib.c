/* Exported, initialised data and the library's own accessors for it. */
int counter = 10;

int lib_get(void) { return counter; }
void lib_set(int v) { counter = v; }
int *lib_addr(void) { return &counter; }
