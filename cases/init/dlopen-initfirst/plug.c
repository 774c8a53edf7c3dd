#include <stdio.h>
int first_fn(void);
int plain_fn(void);
__attribute__((constructor)) static void plug_ctor(void) { puts("libplug ctor"); }
int plug_fn(void) { return first_fn() + plain_fn(); }
