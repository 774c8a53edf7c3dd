#include <stdio.h>
static int counter;
__attribute__((constructor)) static void plug_ctor(void) { printf("ctor, counter %d\n", ++counter); }
__attribute__((destructor)) static void plug_dtor(void) { puts("dtor"); }
