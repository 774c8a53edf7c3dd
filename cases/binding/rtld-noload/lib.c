#include <stdio.h>

/* Prints once, when the library is really loaded. */
__attribute__((constructor)) static void announce(void) { puts("ctor"); }
