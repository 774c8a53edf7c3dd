#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libnodel.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(h, "nodelete_count");
  CHECK_NOT_NULL(f);
  f(); f();
  CHECK_EQ_INT(dlclose(h), 0);
  /* DF_1_NODELETE: still in the process, with its data intact. */
  void *again = dlopen("./libnodel.so", RTLD_NOW | RTLD_NOLOAD);
  printf("after dlclose: %s\n", again ? "loaded" : "unloaded");
  if (again) printf("count=%d\n", ((int (*)(void))dlsym(again, "nodelete_count"))());
  return 0;
}
