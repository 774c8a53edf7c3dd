#include "inl.h"
void *lib_next_addr(void) { return (void *)&Counter::next; }
int lib_next(void) { return Counter::next(); }
