#include <stdio.h>
#include <stdlib.h>
__attribute__((constructor)) static void base_ctor(void) { puts("libbase ctor exits 3"); exit(3); }
int base_fn(void) { return 1; }
