#include <dlfcn.h>
#include "check.h"

int main(void) {
  /* The DSO carries DF_BIND_NOW: RTLD_LAZY cannot defer its PLT slots. */
  void *h = dlopen("./libplugin.so", RTLD_LAZY);
  CHECK_NULL(h);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  /* glibc: "./libplugin.so: undefined symbol: missing_fn";
   * musl: "Error relocating ./libplugin.so: missing_fn: symbol not found". */
  CHECK_MSG(strstr(err, "undefined symbol: missing_fn") != NULL ||
                strstr(err, "missing_fn: symbol not found") != NULL,
            "dlerror: %s", err);
  puts("refused");
  return 0;
}
