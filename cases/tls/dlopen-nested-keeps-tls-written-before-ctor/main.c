#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libtop.so", RTLD_NOW | RTLD_GLOBAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int *after = (int *)dlsym(h, "state_after_reopen");
  CHECK_NOT_NULL(after);
  printf("TLS after nested dlopen: %d\n", *after);
  return 0;
}
