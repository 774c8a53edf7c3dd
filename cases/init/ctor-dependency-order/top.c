#include <stdio.h>
int base_value(void);
__attribute__((constructor)) static void top_ctor(void) { puts("libtop ctor"); }
int top_value(void) { return base_value() + 2; }
