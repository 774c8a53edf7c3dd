#include <dlfcn.h>
#include "check.h"

/* Defined, global, and never referenced by any DSO at link time. */
int host_alpha(void) { return 1; }
int host_beta(void) { return 2; }
int host_gamma(void) { return 3; }

int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void (*run)(void) = (void (*)(void))dlsym(h, "plug_run");
  CHECK_NOT_NULL(run);
  run();
  return host_alpha() + host_beta() + host_gamma() - 6;   /* keep them referenced */
}
