#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("libctorthr.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*result)(void);
  *(void **)&result = dlsym(h, "result");
  CHECK_NOT_NULL(result);
  printf("ctor=%d thread=%d\n", result() / 1000, result() % 1000);
  return 0;
}
