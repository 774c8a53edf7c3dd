#include <dlfcn.h>
#include "check.h"

/* Never called by the executable itself: only the plugin reaches them, by name. */
int host_alpha(void) { return 1; }
int host_beta(void) { return 2; }
int host_gamma(void) { return 3; }

/* Hidden and unreferenced: nothing can reach it, so GC removes it. */
__attribute__((visibility("hidden"))) const char host_dead_note[] = "DSOCONF-EXE-DEAD";

int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void (*run)(void) = (void (*)(void))dlsym(h, "plug_run");
  CHECK_NOT_NULL(run);
  run();
  return 0;
}
