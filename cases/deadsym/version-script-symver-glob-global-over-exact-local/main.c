#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libglob.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*foobar)(void) = (int (*)(void))dlsym(h, "foobar");
  CHECK_NOT_NULL(foobar);
  /* For a definition named foo@@V1, GNU ld consults node V1's patterns for "foo" with
     global: before local:, so 'global: foo*' exports it despite the exact 'local: foo'
     (exact-over-wildcard precedence applies to unversioned names only). */
  int (*foo)(void) = (int (*)(void))dlsym(h, "foo");
  CHECK_MSG(foo != NULL, "foo: %s", dlerror());
  printf("foobar=%d foo=%d\n", foobar(), foo());
  return 0;
}
