#include <stdio.h>
__attribute__((destructor)) static void base_dtor(void) { puts("libbase dtor"); }
int base_value(void) { return 1; }
