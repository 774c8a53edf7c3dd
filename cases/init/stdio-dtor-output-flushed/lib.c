#include <stdio.h>
__attribute__((constructor)) static void io_ctor(void) { printf("ctor wrote this;"); }
__attribute__((destructor)) static void io_dtor(void) { printf("dtor wrote this"); }
int io_fn(void) { return 1; }
