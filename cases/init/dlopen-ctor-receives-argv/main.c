#include <dlfcn.h>
#include "check.h"
int main(void) {
  puts("main opens plug");
  void *h = dlopen("./libargs.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  return 0;
}
