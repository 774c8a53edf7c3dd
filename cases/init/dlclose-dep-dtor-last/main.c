#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  puts("dlclose");
  CHECK_EQ_INT(dlclose(h), 0);
  puts("dlclose returned");
  return 0;
}
