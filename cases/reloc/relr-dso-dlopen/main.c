#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("librelr.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  const char *(*name)(unsigned) = (const char *(*)(unsigned))dlsym(h, "lib_name");
  int (*answer)(void) = (int (*)(void))dlsym(h, "lib_answer");
  CHECK_NOT_NULL(name);
  CHECK_NOT_NULL(answer);
  printf("%s,%s,%s %d\n", name(0), name(1), name(2), answer());
  return 0;
}
