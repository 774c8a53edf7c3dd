#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void)
{
  void *h = dlopen("libplug.so", RTLD_NOW);
  CHECK_NOT_NULL(h);
  int (*mul)(int, int) = (int (*)(int, int))dlsym(h, "plug_mul");
  CHECK_NOT_NULL(mul);
  int p = mul(6, 7);
  int rc = dlclose(h);
  printf("p=%d rc=%d\n", p, rc);
  return 0;
}
