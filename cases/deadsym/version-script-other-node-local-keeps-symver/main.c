#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libsymver.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*bar)(void) = (int (*)(void))dlsym(h, "bar");
  CHECK_NOT_NULL(bar);
  /* V2's 'local: foo' is about an unversioned foo; it does not touch foo@@V1, which
     dlsym finds as the default version of foo. */
  int (*foo)(void) = (int (*)(void))dlsym(h, "foo");
  CHECK_MSG(foo != NULL, "foo: %s", dlerror());
  printf("bar=%d foo=%d\n", bar(), foo());
  return 0;
}
