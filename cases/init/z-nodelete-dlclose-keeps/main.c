#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libkeep.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(dlclose(h), 0);
  void *again = dlopen("./libkeep.so", RTLD_NOW | RTLD_NOLOAD);
  printf("after dlclose: %s\n", again ? "still loaded" : "unloaded");
  CHECK_NOT_NULL(dlopen("./libkeep.so", RTLD_NOW));
  puts("reopened");
  puts("main end");
  return 0;
}
