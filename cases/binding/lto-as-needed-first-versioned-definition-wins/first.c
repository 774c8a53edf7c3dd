#include <stdio.h>

/* The first definition of bar@@BAR in link order: the one that must be bound. */
void bar(void) { puts("first"); }
