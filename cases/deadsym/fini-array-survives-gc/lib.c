/* A destructor nothing references: only the loader reads .fini_array at exit. */
#include <stdio.h>

__attribute__((destructor)) static void dtor(void) { printf("dso destructor ran\n"); }

void lib_touch(void) {}
