#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *lib = dlopen("./libsyms.so", RTLD_NOW);
  CHECK_NOT_NULL(lib);
  const int *odd = dlsym(lib, "odd?name");
  const int *plain = dlsym(lib, "plain_name");
  CHECK_NOT_NULL(odd);
  CHECK_NOT_NULL(plain);
  CHECK_EQ_INT(*odd + *plain, 49);
  return 0;
}
