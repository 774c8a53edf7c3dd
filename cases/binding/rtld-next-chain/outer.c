#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

int compute(int x) {
  int (*next)(int) = (int (*)(int))dlsym(RTLD_NEXT, "compute");   /* libinner.so's */
  if (next == NULL) abort();
  return next(x) * 10;
}
