#include <stdio.h>
__attribute__((constructor)) static void base_ctor(void) { puts("libbase ctor"); }
int base_value(void) { return 1; }
