#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *p = dlopen("./libprov.so", RTLD_NOW | RTLD_GLOBAL);
  CHECK_MSG(p != NULL, "%s", dlerror());
  void *u = dlopen("./libuser.so", RTLD_NOW);   /* prov_value comes from the global scope */
  CHECK_MSG(u != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(u, "user_value");
  CHECK_NOT_NULL(f);
  printf("user_value=%d\n", f());
  return 0;
}
