#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int other(void);

int main(void) {
  CHECK_EQ_INT(other(), 2);
  void *h = dlopen("libapi.so", RTLD_NOW | RTLD_NOLOAD);
  CHECK_NOT_NULL(h);
  int (*v1)(void) = (int (*)(void))dlvsym(h, "api", "VER_1");
  CHECK_NOT_NULL(v1);
  CHECK_EQ_INT(v1(), 1);
  printf("ok\n");
  return 0;
}
