/* dlsym each of 10,000 exported symbols (scale times over); each must resolve to its own
 * object; names just outside the set must not resolve. */
#include <dlfcn.h>
#include "check.h"

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 1;
  void *h = dlopen("libmany.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  char name[16];
  for (int r = 0; r < scale; r++)
    for (int i = 0; i < 10000; i++) {
      snprintf(name, sizeof name, "s_%04d", i);
      const int *p = dlsym(h, name);
      CHECK_MSG(p != NULL, "%s: %s", name, dlerror());
      CHECK_EQ_INT(*p, i);
    }
  CHECK_NULL(dlsym(h, "s_10000"));
  CHECK_NULL(dlsym(h, "s_999"));
  CHECK_NULL(dlsym(h, "s_"));
  printf("10000 symbols resolved by dlsym, each to its own object\n");
  return 0;
}
