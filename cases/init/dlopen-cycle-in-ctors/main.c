#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./liba.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  puts("main");
  return 0;
}
