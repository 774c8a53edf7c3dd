#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int host_listed(void) { return 1; }
int host_unlisted(void) { return 2; }

int main(void) {
  void *h = dlopen("./libplugin.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*probe)(void) = (int (*)(void))dlsym(h, "plugin_probe");
  CHECK_NOT_NULL(probe);
  int r = probe();
  printf("host_listed %s, host_unlisted %s (%d)\n", r / 10 ? "visible" : "hidden",
         r % 10 ? "visible" : "hidden", host_listed() + host_unlisted());
  return 0;
}
