#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./tool", RTLD_NOW);   /* a PIE executable, not a library */
  printf("dlopen %s\n", h ? "succeeded" : "failed");
  if (!h) fprintf(stderr, "dlerror: %s\n", dlerror());
  return 0;
}
