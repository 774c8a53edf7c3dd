#include <stdio.h>
int ctor_runs;
__attribute__((constructor)) static void once_ctor(void) { ++ctor_runs; puts("ctor"); }
