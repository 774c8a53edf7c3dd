#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void)
{
  void *h = dlopen("libplug.so", RTLD_NOW);
  CHECK_NOT_NULL(h);
  int (*mul)(int, int) = (int (*)(int, int))dlsym(h, "plug_mul");
  CHECK_NOT_NULL(mul);
  printf("p=%d\n", mul(6, 7));
  CHECK_EQ_INT(dlclose(h), 0);
  return 0;
}
