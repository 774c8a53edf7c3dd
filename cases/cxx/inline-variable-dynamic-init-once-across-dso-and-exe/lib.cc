#include "var.h"
int init_calls;
int compute(void) { ++init_calls; return 42; }
int *lib_var_addr(void) { return &the_var; }
