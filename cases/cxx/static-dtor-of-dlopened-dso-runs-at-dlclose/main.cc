#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include "check.h"

static char log_buf[256];
static void note(const char *what) {
  std::snprintf(log_buf + std::strlen(log_buf), sizeof log_buf - std::strlen(log_buf), "%s%s",
                log_buf[0] ? " " : "", what);
}

int main() {
  void *h = dlopen("./plugin.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  note("dlopen");
  void (*set_hook)(void (*)(const char *)) = (void (*)(void (*)(const char *)))dlsym(h, "plugin_set_hook");
  void (*touch)(void) = (void (*)(void))dlsym(h, "plugin_touch");
  CHECK(set_hook != NULL && touch != NULL);
  set_hook(note);
  touch();
  touch(); /* second call: no second construction */
  note("dlclose-begin");
  CHECK_EQ_INT(dlclose(h), 0);
  note("dlclose-end");
  std::printf("%s\n", log_buf);
  return 0;
}
