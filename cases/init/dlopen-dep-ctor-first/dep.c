#include <stdio.h>
__attribute__((constructor)) static void dep_ctor(void) { puts("libdep ctor"); }
int dep_fn(void) { return 1; }
