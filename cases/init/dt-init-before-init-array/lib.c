#include <stdio.h>
void lib_init(void) { puts("DT_INIT"); }
__attribute__((constructor)) static void array_ctor(void) { puts("init_array"); }
int lib_fn(void) { return 1; }
