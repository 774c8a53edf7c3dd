#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libgc.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(h, "exported_unused");
  CHECK_MSG(f != NULL, "%s", dlerror());
  printf("exported_unused=%d\n", f());
  return 0;
}
