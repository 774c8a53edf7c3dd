#include <stdio.h>
__attribute__((destructor)) static void dep_dtor(void) { puts("libdep dtor"); }
int dep_fn(void) { return 1; }
