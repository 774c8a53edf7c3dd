#include <dlfcn.h>
#include "check.h"
extern int ctor_runs;
int main(void) {
  void *loaded = dlopen("./libonce.so", RTLD_NOW | RTLD_NOLOAD);
  CHECK_MSG(loaded != NULL, "libonce.so should already be loaded as a DT_NEEDED");
  void *h = dlopen("./libonce.so", RTLD_NOW);
  CHECK_EQ_PTR(h, loaded);
  printf("dlopen: same object, ctor runs %d\n", ctor_runs);
  return 0;
}
