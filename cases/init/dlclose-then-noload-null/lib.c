#include <stdio.h>
__attribute__((destructor)) static void plug_dtor(void) { puts("dtor"); }
