#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int api_fn(int);

int main(void) {
  void *h = dlopen("./libapi.so", RTLD_NOW | RTLD_NOLOAD);
  CHECK_MSG(h != NULL, "%s", dlerror());
  printf("api_fn(2)=%d helper_fn %s\n", api_fn(2),
         dlsym(h, "helper_fn") ? "exported" : "hidden");
  return 0;
}
