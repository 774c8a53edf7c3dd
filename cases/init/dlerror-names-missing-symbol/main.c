#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_NOT_NULL(dlsym(h, "present"));
  CHECK_NULL(dlerror());
  CHECK_NULL(dlsym(h, "x_cgo_init"));
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  printf("present ok, x_cgo_init: missing, %s\n",
         strstr(err, "x_cgo_init") ? "named in dlerror" : err);
  return 0;
}
