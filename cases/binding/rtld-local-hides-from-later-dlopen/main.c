#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *p = dlopen("./libprov.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(p != NULL, "%s", dlerror());
  void *u = dlopen("./libuser.so", RTLD_NOW);
  CHECK_NULL(u);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  CHECK_MSG(strstr(err, "undefined symbol: prov_value") != NULL, "dlerror: %s", err);
  puts("libuser.so refused");
  return 0;
}
