#include <dlfcn.h>
#include "check.h"

int main(void) {
  /* LD_BIND_NOW is set: RTLD_LAZY is treated as RTLD_NOW. */
  void *h = dlopen("./libplugin.so", RTLD_LAZY);
  CHECK_NULL(h);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  CHECK_MSG(strstr(err, "undefined symbol: missing_fn") != NULL, "dlerror: %s", err);
  puts("refused");
  return 0;
}
