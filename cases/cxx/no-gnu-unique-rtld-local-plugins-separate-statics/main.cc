#include <cstdio>
#include <dlfcn.h>
#include "check.h"

typedef int *(*bump_fn)();

static bump_fn load(const char *path, const char *sym) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  bump_fn f = (bump_fn)dlsym(h, sym);
  CHECK_MSG(f != NULL, "%s", dlerror());
  return f;
}

int main() {
  bump_fn a = load("./plugin_a.so", "plugin_a_bump");
  bump_fn b = load("./plugin_b.so", "plugin_b_bump");
  int *pa = a();
  int *pb = b();
  a();
  b();
  std::printf("same object: %s, counter after a,b,a,b = %d\n", pa == pb ? "yes" : "no", *pa);
  return 0;
}
