#include <stdio.h>
__attribute__((constructor)) static void ctor_plain(void) { puts("ctor plain"); }
__attribute__((constructor(200))) static void ctor_200(void) { puts("ctor 200"); }
__attribute__((constructor(101))) static void ctor_101(void) { puts("ctor 101"); }
int lib_fn(void) { return 1; }
