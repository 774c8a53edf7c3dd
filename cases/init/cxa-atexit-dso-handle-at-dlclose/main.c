#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libobj.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*construct)(void) = (int (*)(void))dlsym(h, "lib_construct");
  CHECK_NOT_NULL(construct);
  printf("constructed %d\n", construct());
  CHECK_EQ_INT(dlclose(h), 0);
  puts("dlclose returned");
  return 0;
}
