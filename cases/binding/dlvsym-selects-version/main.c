#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef int fn_t(void);

int main(void) {
  void *h = dlopen("./libver.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  fn_t *v1 = (fn_t *)dlvsym(h, "api", "VERS_1");
  fn_t *v2 = (fn_t *)dlvsym(h, "api", "VERS_2");
  fn_t *dflt = (fn_t *)dlsym(h, "api");
  CHECK_NOT_NULL(v1);
  CHECK_NOT_NULL(v2);
  CHECK_NOT_NULL(dflt);
  CHECK_NULL(dlvsym(h, "api", "VERS_3"));
  printf("v1=%d v2=%d default=%d\n", v1(), v2(), dflt());
  return 0;
}
