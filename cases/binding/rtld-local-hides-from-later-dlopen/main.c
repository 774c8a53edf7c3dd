#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *p = dlopen("./libprov.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(p != NULL, "%s", dlerror());
  void *u = dlopen("./libuser.so", RTLD_NOW);
  CHECK_NULL(u);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  /* glibc: "./libuser.so: undefined symbol: prov_value";
   * musl: "Error relocating ./libuser.so: prov_value: symbol not found". */
  CHECK_MSG(strstr(err, "undefined symbol: prov_value") != NULL ||
                strstr(err, "prov_value: symbol not found") != NULL,
            "dlerror: %s", err);
  puts("libuser.so refused");
  return 0;
}
