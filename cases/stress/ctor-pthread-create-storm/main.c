/* dlopen/dlclose 10 x scale times a DSO whose constructor creates and joins 16 threads that use
 * the DSO's TLS; every constructor must finish (no deadlock) and report success. */
#include <dlfcn.h>
#include "check.h"

int main(int argc, char **argv) {
  int n = 10 * (argc > 1 ? atoi(argv[1]) : 1);
  for (int i = 0; i < n; i++) {
    void *h = dlopen("libstorm.so", RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    int *ok = dlsym(h, "storm_ok");
    CHECK_NOT_NULL(ok);
    CHECK_EQ_INT(*ok, 1);
    CHECK_EQ_INT(dlclose(h), 0);
  }
  printf("constructor thread storms finished inside dlopen\n");
  return 0;
}
