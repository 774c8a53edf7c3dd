#include <stdio.h>
int dep_fn(void);
__attribute__((destructor)) static void plug_dtor(void) { puts("libplug dtor"); }
int plug_fn(void) { return dep_fn(); }
