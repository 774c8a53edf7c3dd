#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef int fn(void);

int main(void) {
  void *h = dlopen("./libpromo.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  fn *direct = (fn *)dlsym(h, "promo_value");
  CHECK_NOT_NULL(direct);
  printf("local: default=%s\n", dlsym(RTLD_DEFAULT, "promo_value") ? "found" : "NULL");
  void *again = dlopen("./libpromo.so", RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
  printf("noload|global: %s\n", again == h ? "same handle" : again ? "other handle" : "NULL");
  fn *global = (fn *)dlsym(RTLD_DEFAULT, "promo_value");
  printf("global: default=%s\n", global == direct ? "promo_value" : global ? "other" : "NULL");
  return 0;
}
