/* dlopen/dlclose of a TLS-using DSO with a dependency, 20 warm-up cycles then 300 x scale:
 * the malloc heap in use (mallinfo2) must not grow with the number of cycles. */
#include <dlfcn.h>
#include <malloc.h>
#include "check.h"

static void cycle(void) {
  void *h = dlopen("libleak.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*touch)(void) = (int (*)(void))dlsym(h, "leak_touch");
  CHECK_NOT_NULL(touch);
  CHECK_EQ_INT(touch(), 1 + 1 + 5);    /* fresh TLS images: a reload starts over */
  CHECK_EQ_INT(dlclose(h), 0);
}

static void unloaded(void) {
  CHECK_NULL(dlopen("libleak.so", RTLD_NOW | RTLD_NOLOAD));
  CHECK_NULL(dlopen("libleakdep.so", RTLD_NOW | RTLD_NOLOAD));
}

int main(int argc, char **argv) {
  int n = 300 * (argc > 1 ? atoi(argv[1]) : 1);
  for (int i = 0; i < 20; i++) cycle();
  unloaded();
  size_t before = mallinfo2().uordblks;
  for (int i = 0; i < n; i++) cycle();
  unloaded();
  size_t after = mallinfo2().uordblks;
  /* A leak of even one small link_map-sized block per cycle would exceed this. */
  CHECK_MSG(after <= before + 4096, "heap in use grew from %zu to %zu bytes over %d cycles",
            before, after, n);
  printf("heap in use bounded over dlopen/dlclose cycles\n");
  return 0;
}
