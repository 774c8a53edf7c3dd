#include <stdio.h>
__attribute__((constructor)) static void plug_ctor(void) { puts("plug ctor"); }
__attribute__((destructor)) static void plug_dtor(void) { puts("plug dtor"); }
