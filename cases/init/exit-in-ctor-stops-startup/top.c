#include <stdio.h>
int base_fn(void);
__attribute__((constructor)) static void top_ctor(void) { puts("libtop ctor"); }
int top_fn(void) { return base_fn(); }
