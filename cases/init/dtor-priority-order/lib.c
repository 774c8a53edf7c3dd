#include <stdio.h>
__attribute__((destructor(101))) static void dtor_101(void) { puts("dtor 101"); }
__attribute__((destructor(200))) static void dtor_200(void) { puts("dtor 200"); }
__attribute__((destructor)) static void dtor_plain(void) { puts("dtor plain"); }
int lib_fn(void) { return 1; }
