#include <stdio.h>
int ok_fn(void);
int gone_fn(void);
__attribute__((constructor)) static void plug_ctor(void) { puts("libplug ctor"); }
int plug_fn(void) { return ok_fn() + gone_fn(); }
