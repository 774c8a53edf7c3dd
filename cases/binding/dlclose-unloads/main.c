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
  CHECK_MSG(dlopen("./libcount.so", RTLD_NOW | RTLD_NOLOAD) == NULL, "still loaded after dlclose");
  h = dlopen("./libcount.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  printf("first=%d unloaded, reopened=%d\n", first, call_bump(h));
  return 0;
}
