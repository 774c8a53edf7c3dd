#include <stdio.h>
__attribute__((constructor)) static void dep_ctor(void) { puts("dep ctor"); }
int dep_value(void) { return 1; }
