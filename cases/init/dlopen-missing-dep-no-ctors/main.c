#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_NULL(h);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  CHECK_MSG(strstr(err, "libgone.so") != NULL, "%s", err);
  printf("dlopen failed: names libgone.so\n");
  return 0;
}
