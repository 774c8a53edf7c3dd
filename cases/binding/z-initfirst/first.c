#include <stdio.h>
__attribute__((constructor)) static void init_first(void) { puts("libfirst ctor"); }
int first_linked(void) { return 1; }
