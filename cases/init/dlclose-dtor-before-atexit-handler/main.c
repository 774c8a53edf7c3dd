#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libreg.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*reg)(void) = (int (*)(void))dlsym(h, "lib_register");
  CHECK_NOT_NULL(reg);
  CHECK_EQ_INT(reg(), 0);
  CHECK_EQ_INT(dlclose(h), 0);
  puts("dlclose returned");
  return 0;
}
