#include <stdio.h>
#include <stdlib.h>
static void handler(void) { puts("lib atexit handler"); }
int lib_register(void) { return atexit(handler); }
