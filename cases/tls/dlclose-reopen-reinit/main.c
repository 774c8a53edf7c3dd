#include <dlfcn.h>
#include "check.h"

static void round_trip(int round) {
  void *h = dlopen("libreinit.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int *(*counter_addr)(void), *(*scratch_addr)(void);
  *(void **)&counter_addr = dlsym(h, "counter_addr");
  *(void **)&scratch_addr = dlsym(h, "scratch_addr");
  CHECK_NOT_NULL(counter_addr);
  CHECK_NOT_NULL(scratch_addr);
  int *c = counter_addr(), *s = scratch_addr();
  printf("round %d: counter=%d scratch=%d\n", round, *c, *s);
  *c += 1000;     /* dirty both; a reload must not see these */
  *s = 77;
  CHECK_EQ_INT(dlclose(h), 0);
  /* Precondition: the DSO really went away, else the case tests nothing. */
  CHECK_NULL(dlopen("libreinit.so", RTLD_NOW | RTLD_NOLOAD));
}

int main(void) {
  round_trip(1);
  round_trip(2);
  return 0;
}
