#include <stdio.h>
/* Linked only for its constructor: nothing references it. */
__attribute__((constructor)) static void announce(void) { puts("ctor ran"); }
