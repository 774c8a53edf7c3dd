#include <stdio.h>
__attribute__((constructor)) static void pre_ctor(void) { puts("libpre ctor"); }
