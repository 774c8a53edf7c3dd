#include <stdio.h>
__attribute__((constructor)) static void second_ctor(void) { puts("libsecond ctor"); }
int second_fn(void) { return 1; }
