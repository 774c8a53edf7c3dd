#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *before = dlopen("./libprobe.so", RTLD_NOW | RTLD_NOLOAD);   /* must not load it */
  void *h = dlopen("./libprobe.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void *after = dlopen("./libprobe.so", RTLD_NOW | RTLD_NOLOAD);
  printf("before=%s after=%s\n", before ? "handle" : "NULL", after == h ? "same" : "different");
  return 0;
}
