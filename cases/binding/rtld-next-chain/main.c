#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int compute(int x) {
  int (*next)(int) = (int (*)(int))dlsym(RTLD_NEXT, "compute");   /* libouter.so's */
  CHECK_NOT_NULL(next);
  CHECK(next != compute);
  return next(x) + 1000;
}

int main(void) {
  printf("compute(4)=%d\n", compute(4));   /* (4 + 1) * 10 + 1000 */
  return 0;
}
