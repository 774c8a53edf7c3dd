#include <stdio.h>
__attribute__((constructor)) static void plain_ctor(void) { puts("libplain ctor"); }
int plain_fn(void) { return 1; }
