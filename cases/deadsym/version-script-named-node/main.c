#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libver.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*a)(int) = (int (*)(int))dlvsym(h, "dsoconf_api_a", "LIBDSOCONF_1.0");
  int (*b)(int) = (int (*)(int))dlvsym(h, "dsoconf_api_b", "LIBDSOCONF_1.0");
  CHECK_NOT_NULL(a);
  CHECK_NOT_NULL(b);
  printf("a(5)=%d b(5)=%d\n", a(5), b(5));
  printf("dsoconf_other: %s\n", dlsym(h, "dsoconf_other") ? "visible" : "hidden");
  printf("internal_twice: %s\n", dlsym(h, "internal_twice") ? "visible" : "hidden");
  return 0;
}
