#include <stdio.h>
__attribute__((constructor)) static void ok_ctor(void) { puts("libok ctor"); }
int ok_fn(void) { return 1; }
