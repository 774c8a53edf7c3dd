#include <dlfcn.h>
#include "check.h"

static int call(void *h, const char *name) {
  int (*fn)(void) = (int (*)(void))dlsym(h, name);
  CHECK_MSG(fn != NULL, "%s: %s", name, dlerror());
  return fn();
}

int main(void) {
  void *h = dlopen("./libretain.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  /* 'other' is a default-visibility function of a shared library: it stays exported. */
  printf("sum=%d\n", call(h, "keep_a") + call(h, "other") + call(h, "keep_b"));
  return 0;
}
