#include <dlfcn.h>
#include "check.h"
int main(void) {
  CHECK_EQ_INT(setenv("PLUG_MODE", "late", 1), 0);
  void *h = dlopen("./libenv.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  return 0;
}
