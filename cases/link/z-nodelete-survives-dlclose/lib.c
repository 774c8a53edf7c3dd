static int calls;
int nodelete_count(void) { return ++calls; }
