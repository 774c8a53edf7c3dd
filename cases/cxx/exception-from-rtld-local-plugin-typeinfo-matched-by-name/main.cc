#include <cstdio>
#include <dlfcn.h>
#include "err.h"
#include "check.h"

int main() {
  void *h = dlopen("./plugin.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  auto ti = (const std::type_info *(*)(void))dlsym(h, "plugin_ti");
  auto fail = (void (*)(int))dlsym(h, "plugin_fail");
  CHECK(ti != NULL && fail != NULL);
  std::printf("type_info objects: %s; equal: %s; ", ti() == &typeid(plugin_err) ? "one object" : "distinct",
              *ti() == typeid(plugin_err) ? "yes" : "no");
  try {
    fail(21);
  } catch (const plugin_err &e) {
    std::printf("caught plugin_err code=%d\n", e.get());
    return 0;
  } catch (...) {
    std::printf("caught only by catch(...)\n");
    return 1;
  }
  return 1;
}
