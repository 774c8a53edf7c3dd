#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libkeep.so", RTLD_NOW | RTLD_NODELETE);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(dlclose(h), 0);
  puts("dlclose returned");
  puts("main end");
  return 0;
}
