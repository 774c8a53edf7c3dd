#include <stdio.h>
/* Would print if the library were ever loaded. */
__attribute__((constructor)) static void loaded(void) { puts("ctor"); }
int nodlopen_value(void) { return 1; }
