#include <stdio.h>
/* libfirst.so needs libdep.so: by default libdep.so's constructor runs first. */
int dep_value(void);
__attribute__((constructor)) static void first_ctor(void) { puts("first ctor"); }
int first_value(void) { return dep_value() + 1; }
