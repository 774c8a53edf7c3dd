#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  puts("main end");
  return 0;
}
