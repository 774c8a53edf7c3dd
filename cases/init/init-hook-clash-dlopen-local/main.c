#include <dlfcn.h>
#include "check.h"
#ifndef MODE
#define MODE RTLD_LOCAL
#endif
static const char *seen(const char *lib, const char *getter) {
  void *h = dlopen(lib, RTLD_NOW | MODE);
  CHECK_MSG(h != NULL, "%s", dlerror());
  const char *(*fn)(void) = (const char *(*)(void))dlsym(h, getter);
  CHECK_NOT_NULL(fn);
  return fn();
}
int main(void) {
  const char *s1 = seen("./lib1.so", "lib1_seen");
  const char *s2 = seen("./lib2.so", "lib2_seen");
  printf("lib1 ctor called %s's hook\nlib2 ctor called %s's hook\n", s1, s2);
  return 0;
}
