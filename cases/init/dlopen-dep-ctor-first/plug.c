#include <stdio.h>
int dep_fn(void);
__attribute__((constructor)) static void plug_ctor(void) { puts("libplug ctor"); }
int plug_fn(void) { return dep_fn(); }
