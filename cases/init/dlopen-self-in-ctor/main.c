#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libself.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int *runs = (int *)dlsym(h, "ctor_runs");
  CHECK_NOT_NULL(runs);
  printf("dlopen returned, ctor runs %d\n", *runs);
  return 0;
}
