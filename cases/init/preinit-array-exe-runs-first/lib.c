#include <stdio.h>
__attribute__((constructor)) static void lib_ctor(void) { puts("lib ctor"); }
int lib_fn(void) { return 1; }
