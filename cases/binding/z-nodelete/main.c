#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

static int call_bump(void *h) {
  int (*bump)(void) = (int (*)(void))dlsym(h, "bump");
  CHECK_NOT_NULL(bump);
  return bump();
}

int main(void) {
  void *h = dlopen("./libcount.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int first = call_bump(h);
  CHECK_EQ_INT(dlclose(h), 0);
  void *again = dlopen("./libcount.so", RTLD_NOW | RTLD_NOLOAD);
  CHECK_MSG(again != NULL, "the library was unloaded");
  printf("first=%d still loaded, second=%d\n", first, call_bump(again));
  return 0;
}
