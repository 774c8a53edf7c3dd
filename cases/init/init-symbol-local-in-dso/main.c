#include <dlfcn.h>
#include "check.h"
static const char *state(void *h, const char *name) {
  return dlsym(h, name) ? "exported" : "not exported";
}
int main(void) {
  void *h = dlopen("./libplain.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  printf("_init: %s, _fini: %s, lib_fn: %s\n", state(h, "_init"), state(h, "_fini"), state(h, "lib_fn"));
  return 0;
}
