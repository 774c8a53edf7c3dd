#include <dlfcn.h>
#include <stdint.h>
#include "check.h"

int main(void) {
  void *h = dlopen("libabs.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void *s = dlsym(h, "abs_marker");
  CHECK_MSG(s != NULL, "%s", dlerror());
  CHECK_MSG((uintptr_t)s == 0x1234, "dlsym(abs_marker) = %p", s);
  puts("abs_marker = 0x1234");
  return 0;
}
