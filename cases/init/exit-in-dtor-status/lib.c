#include <stdio.h>
#include <stdlib.h>
__attribute__((destructor)) static void exit_dtor(void) { puts("lib dtor exits 5"); exit(5); }
int lib_fn(void) { return 1; }
