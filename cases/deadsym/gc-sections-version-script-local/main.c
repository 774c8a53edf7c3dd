#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libvs.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*get)(int) = (int (*)(int))dlsym(h, "api_get");
  CHECK_NOT_NULL(get);
  printf("api_get(8)=%c\n", get(8));
  printf("orphan_fn: %s\n", dlsym(h, "orphan_fn") ? "exported" : "not exported");
  return 0;
}
