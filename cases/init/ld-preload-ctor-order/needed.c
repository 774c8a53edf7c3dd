#include <stdio.h>
__attribute__((constructor)) static void needed_ctor(void) { puts("libneeded ctor"); }
int needed_fn(void) { return 1; }
