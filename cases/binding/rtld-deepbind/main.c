#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef const char *fn_t(void);

const char *which(void) { return "exe"; }

static const char *ask(const char *path, int flags) {
  void *h = dlopen(path, flags);
  CHECK_MSG(h != NULL, "%s: %s", path, dlerror());
  fn_t *f = (fn_t *)dlsym(h, "plug_which");
  CHECK_NOT_NULL(f);
  return f();
}

int main(void) {
  const char *flat = ask("./libplug-flat.so", RTLD_NOW);
  const char *deep = ask("./libplug-deep.so", RTLD_NOW | RTLD_DEEPBIND);
  printf("flat=%s deep=%s\n", flat, deep);
  return 0;
}
