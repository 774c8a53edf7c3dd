#include <cstdio>
#include <dlfcn.h>
#include "check.h"

static int open_and_bump(void) {
  void *h = dlopen("./plugin.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*bump)(void) = (int (*)(void))dlsym(h, "plugin_bump");
  CHECK_MSG(bump != NULL, "%s", dlerror());
  int v = bump();
  CHECK_EQ_INT(dlclose(h), 0);
  return v;
}

int main() {
  CHECK_EQ_INT(open_and_bump(), 1);
  void *probe = dlopen("./plugin.so", RTLD_NOW | RTLD_NOLOAD);
  int loaded = probe != NULL;
  if (probe) dlclose(probe);
  std::printf("after dlclose: still loaded=%d; reopened counter=%d\n", loaded, open_and_bump());
  return 0;
}
