#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libmap.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*op)(void) = (int (*)(void))dlsym(h, "api_open");
  int (*cl)(void) = (int (*)(void))dlsym(h, "api_close");
  CHECK_NOT_NULL(op);
  CHECK_NOT_NULL(cl);
  printf("api_open=%d api_close=%d\n", op(), cl());
  printf("internal_step: %s\n", dlsym(h, "internal_step") ? "visible" : "hidden");
  printf("internal_state: %s\n", dlsym(h, "internal_state") ? "visible" : "hidden");
  return 0;
}
