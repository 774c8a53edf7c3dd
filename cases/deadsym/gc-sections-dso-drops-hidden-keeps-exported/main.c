#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libgc.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*get)(int) = (int (*)(int))dlsym(h, "api_char");
  const char *table = (const char *)dlsym(h, "exported_table");
  CHECK_NOT_NULL(get);
  CHECK_NOT_NULL(table);
  printf("api_char(8)=%c exported_table=%s\n", get(8), table);
  /* Hidden symbols are never in .dynsym, whether or not they survived. */
  CHECK_NULL(dlsym(h, "dead_fn"));
  CHECK_NULL(dlsym(h, "dead_note"));
  CHECK_NULL(dlsym(h, "live_note"));
  return 0;
}
