#include <dlfcn.h>
#include "check.h"
int main(void) {
  for (int i = 0; i < 2; i++) {
    void *h = dlopen("./libplug.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "%s", dlerror());
    CHECK_EQ_INT(dlclose(h), 0);
  }
  puts("main end");
  return 0;
}
