#include <stdio.h>
__attribute__((constructor)) static void keep_ctor(void) { puts("ctor"); }
__attribute__((destructor)) static void keep_dtor(void) { puts("dtor"); }
