#include <stdio.h>
__attribute__((constructor)) static void two_ctor(void) { puts("two ctor"); }
__attribute__((destructor)) static void two_dtor(void) { puts("two dtor"); }
