#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

/* Wraps libreal.so's compute: the next definition after this DSO in the lookup order. */
int compute(int x) {
  int (*next)(int) = (int (*)(int))dlsym(RTLD_NEXT, "compute");
  if (next == NULL || next == compute) abort();
  return next(x) * 10;
}
