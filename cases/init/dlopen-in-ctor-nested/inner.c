#include <stdio.h>
__attribute__((constructor)) static void inner_ctor(void) { puts("inner ctor"); }
int inner_value(void) { return 7; }
