#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void)
{
  int r1 = 0;
#ifdef INSTANCES_two
  /* A first instance of libplug.so, in the base namespace; its counter becomes 1. */
  void *h1 = dlopen("libplug.so", RTLD_NOW);
  CHECK_NOT_NULL(h1);
  int (*bump1)(int) = (int (*)(int))dlsym(h1, "plug_bump");
  r1 = bump1(1);
#endif
  /* An instance in a new namespace, with a counter of its own (0 on entry). */
  void *h2 = dlmopen(LM_ID_NEWLM, "libplug.so", RTLD_NOW);
  CHECK_NOT_NULL(h2);
  int (*bump2)(int) = (int (*)(int))dlsym(h2, "plug_bump");
  int r2 = bump2(10);
  printf("%d %d\n", r1, r2);
  return 0;
}
