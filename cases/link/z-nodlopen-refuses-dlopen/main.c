#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libnoopen.so", RTLD_NOW);
  printf("dlopen %s\n", h ? "succeeded" : "failed");
  if (!h) fprintf(stderr, "dlerror: %s\n", dlerror());
  return 0;
}
