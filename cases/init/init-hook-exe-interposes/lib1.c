#include <stdio.h>
/* Every library of a runtime exports the same start-up hook (cf. Go's x_cgo_init). */
__attribute__((noinline)) const char *x_init_hook(void) { return "lib1"; }
static const char *seen;
__attribute__((constructor)) static void lib1_ctor(void) { seen = x_init_hook(); }
const char *lib1_seen(void) { return seen; }
