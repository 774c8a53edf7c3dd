#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./liblocal.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*api)(void) = (int (*)(void))dlsym(h, "api_value");
  CHECK_NOT_NULL(api);
  printf("api_value=%d\n", api());
  /* 'local:*;' is 'local:' followed by the pattern '*': nothing else is exported. */
  printf("internal_add: %s\n", dlsym(h, "internal_add") ? "visible" : "hidden");
  printf("internal_bias: %s\n", dlsym(h, "internal_bias") ? "visible" : "hidden");
  return 0;
}
