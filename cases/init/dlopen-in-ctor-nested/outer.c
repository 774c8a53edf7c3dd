#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
int outer_ok;
__attribute__((constructor)) static void outer_ctor(void) {
  puts("outer ctor begin");
  void *h = dlopen("./libinner.so", RTLD_NOW);
  if (!h) { fprintf(stderr, "%s\n", dlerror()); exit(1); }
  int (*fn)(void) = (int (*)(void))dlsym(h, "inner_value");
  if (!fn) { fprintf(stderr, "%s\n", dlerror()); exit(1); }
  printf("outer ctor end: inner says %d\n", fn());
  outer_ok = 1;
}
