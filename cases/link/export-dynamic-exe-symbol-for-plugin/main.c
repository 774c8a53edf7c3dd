#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int host_api(int x) { return x * 2; }

int main(void) {
  void *h = dlopen("./libplugin.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*run)(void) = (int (*)(void))dlsym(h, "plugin_run");
  CHECK_NOT_NULL(run);
  printf("plugin_run=%d\n", run());
  return 0;
}
