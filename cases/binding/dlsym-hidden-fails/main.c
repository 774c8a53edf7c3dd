#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libvis.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*v)(void) = (int (*)(void))dlsym(h, "visible");
  CHECK_NOT_NULL(v);
  void *s = dlsym(h, "secret");
  CHECK_NULL(s);
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  /* glibc: "./libvis.so: undefined symbol: secret"; musl: "Symbol not found: secret". */
  CHECK_MSG(strstr(err, "undefined symbol: secret") != NULL ||
                strstr(err, "Symbol not found: secret") != NULL,
            "dlerror: %s", err);
  printf("visible=%d secret not found\n", v());
  return 0;
}
