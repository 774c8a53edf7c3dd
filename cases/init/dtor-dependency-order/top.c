#include <stdio.h>
int base_value(void);
__attribute__((destructor)) static void top_dtor(void) { puts("libtop dtor"); }
int top_value(void) { return base_value() + 2; }
