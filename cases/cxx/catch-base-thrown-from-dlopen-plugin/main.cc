#include <cstdio>
#include <dlfcn.h>
#include "base.h"
#include "check.h"

int main() {
  void *h = dlopen("./plugin.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void (*fail)(int) = (void (*)(int))dlsym(h, "plugin_fail");
  CHECK_MSG(fail != NULL, "%s", dlerror());
  try {
    fail(3);
  } catch (const base_error &e) {
    /* value() is the plugin's override: 3 + 10. */
    std::printf("caught base_error& code=%d from plugin, not by catch(...)\n", e.value());
    return 0;
  } catch (...) {
    std::printf("caught only by catch(...)\n");
    return 1;
  }
  return 1;
}
