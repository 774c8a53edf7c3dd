#include <stdio.h>
int dep_fn(void);
__attribute__((destructor)) static void user_dtor(void) { puts("libuser dtor"); }
int user_fn(void) { return dep_fn(); }
