#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libvis.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*pub)(void) = (int (*)(void))dlsym(h, "pub");
  CHECK_NOT_NULL(pub);
  printf("pub=%d helper=%s\n", pub(), dlsym(h, "helper") ? "exported" : "hidden");
  return 0;
}
