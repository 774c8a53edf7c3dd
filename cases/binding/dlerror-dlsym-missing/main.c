#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libempty.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_NULL(dlerror());                       /* the successful dlopen left no error */
  CHECK_NULL(dlsym(h, "no_such_symbol"));
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  CHECK_MSG(strstr(err, "no_such_symbol") != NULL, "dlerror: %s", err);
  CHECK_NULL(dlerror());                       /* reading the error cleared it */
  CHECK_NOT_NULL(dlsym(h, "present"));
  CHECK_NULL(dlerror());
  puts("ok");
  return 0;
}
