#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libplugin.so", RTLD_LAZY);
  CHECK_MSG(h != NULL, "dlopen(RTLD_LAZY): %s", dlerror());
  int (*call)(void) = (int (*)(void))dlsym(h, "call_missing");
  CHECK_NOT_NULL(call);
  puts("loaded");
  fflush(stdout);          /* ld.so's fatal error exits without flushing stdio */
#ifdef DSOCONF_COVERAGE
  __gcov_dump();           /* nor does it write coverage counts: write them now (check.h declares it) */
#endif
  return call();           /* the lazy resolver fails here and ends the process */
}
