#include <stdio.h>
__attribute__((constructor)) static void first_ctor(void) { puts("libfirst ctor"); }
int first_fn(void) { return 1; }
