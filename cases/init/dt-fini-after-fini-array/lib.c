#include <stdio.h>
void lib_fini(void) { puts("DT_FINI"); }
__attribute__((destructor)) static void array_dtor(void) { puts("fini_array"); }
int lib_fn(void) { return 1; }
