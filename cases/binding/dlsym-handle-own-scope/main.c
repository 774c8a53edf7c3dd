#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef const char *fn_t(void);

const char *who(void) { return "exe"; }

int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW | RTLD_GLOBAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  fn_t *from_handle = (fn_t *)dlsym(h, "who");
  fn_t *from_default = (fn_t *)dlsym(RTLD_DEFAULT, "who");
  CHECK_NOT_NULL(from_handle);
  CHECK_NOT_NULL(from_default);
  printf("handle=%s default=%s\n", from_handle(), from_default());
  return 0;
}
