#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libvis.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*compute)(int) = (int (*)(int))dlsym(h, "api_compute");
  int *version = (int *)dlsym(h, "api_version");
  CHECK_NOT_NULL(compute);
  CHECK_NOT_NULL(version);
  printf("api_compute(5)=%d api_version=%d\n", compute(5), *version);
  printf("helper_mul: %s\n", dlsym(h, "helper_mul") ? "visible" : "hidden");
  printf("helper_scale: %s\n", dlsym(h, "helper_scale") ? "visible" : "hidden");
  return 0;
}
