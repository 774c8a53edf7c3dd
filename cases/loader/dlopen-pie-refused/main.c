#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./pie", RTLD_NOW);
  if (h) {
    puts("dlopen succeeded");
    return 0;
  }
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  /* dlerror: "<file>: cannot dynamically load position-independent executable" */
  const char *colon = strrchr(err, ':');
  printf("dlopen failed: %s\n", colon ? colon + 2 : err);
  return 0;
}
