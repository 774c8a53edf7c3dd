#include <stdio.h>
#include <stdlib.h>
static void handler(void) { puts("lib atexit handler"); }
int lib_register(void) { return atexit(handler); }
__attribute__((destructor)) static void lib_dtor(void) { puts("lib dtor"); }
