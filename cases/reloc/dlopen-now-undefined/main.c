#include <dlfcn.h>
#include "check.h"

int main(void) {
  /* RTLD_NOW resolves every relocation, PLT ones included: must fail. */
  void *h = dlopen("./libplugin.so", RTLD_NOW);
  CHECK_NULL(h);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  /* glibc: "./libplugin.so: undefined symbol: missing_fn";
   * musl: "Error relocating ./libplugin.so: missing_fn: symbol not found". */
  CHECK_MSG(strstr(err, "undefined symbol: missing_fn") != NULL ||
                strstr(err, "missing_fn: symbol not found") != NULL,
            "dlerror: %s", err);

  /* RTLD_LAZY leaves the JUMP_SLOT for missing_fn unresolved until called. */
  h = dlopen("./libplugin.so", RTLD_LAZY);
  CHECK_MSG(h != NULL, "dlopen(RTLD_LAZY): %s", dlerror());
  int (*value)(void) = (int (*)(void))dlsym(h, "plugin_value");
  CHECK_NOT_NULL(value);
  printf("value=%d\n", value());
  return 0;
}
