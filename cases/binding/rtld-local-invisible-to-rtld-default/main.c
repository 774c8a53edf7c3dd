#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(h, "plug_only");
  CHECK_NOT_NULL(f);
  void *g = dlsym(RTLD_DEFAULT, "plug_only");
  printf("handle=%d default=%s\n", f(), g ? "found" : "none");
  return 0;
}
