#include <dlfcn.h>
#include "check.h"

static int call(const char *file) {
  void *h = dlopen(file, RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*version)(void);
  *(void **)&version = dlsym(h, "version");
  CHECK_NOT_NULL(version);
  int first = version();
  int second = version();
  CHECK_EQ_INT(dlclose(h), 0);
  CHECK_NULL(dlopen(file, RTLD_NOW | RTLD_NOLOAD));   /* really unloaded */
  return first * 1000 + second;
}

int main(void) {
  printf("v1: %d\n", call("libv1.so"));
  printf("v2: %d\n", call("libv2.so"));
  printf("v1 again: %d\n", call("libv1.so"));
  return 0;
}
