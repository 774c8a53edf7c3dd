#include <stdio.h>
__attribute__((constructor)) static void one_ctor(void) { puts("one ctor"); }
__attribute__((destructor)) static void one_dtor(void) { puts("one dtor"); }
int lib_fn(void) { return 1; }
