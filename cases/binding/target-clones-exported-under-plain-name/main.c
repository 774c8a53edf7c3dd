#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("libclones.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*scale)(int);
  *(void **)&scale = dlsym(h, "scale");   /* the plain name, as a C caller sees it */
  CHECK_MSG(scale != NULL, "%s", dlerror());
  printf("scale(7) = %d\n", scale(7));
  return 0;
}
