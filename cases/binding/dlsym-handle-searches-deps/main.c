#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libtop.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(h, "bottom_value");   /* defined only in libbottom.so */
  CHECK_MSG(f != NULL, "%s", dlerror());
  printf("bottom_value=%d\n", f());
  return 0;
}
