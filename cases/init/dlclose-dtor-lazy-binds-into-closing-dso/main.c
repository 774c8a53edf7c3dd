#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libplug.so", RTLD_LAZY | RTLD_GLOBAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  fflush(stdout);
  CHECK_EQ_INT(dlclose(h), 0);
  return 0;
}
