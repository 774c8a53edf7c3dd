/* The executable defines 500 of the DSO's 1000 weak functions strongly (returning 1000).
 * The dynamic linker binds the first definition in search order (the executable's) for those
 * 500 and the DSO's weak ones for the rest: sum = 500 * 1000 + 500 * 1 = 500500, scale times. */
#include <dlfcn.h>
#include "check.h"
#include "gen.h"

int weak_sum(void);
#define STRONG(n) int w_##n(void) { return 1000; }
N1000_LOW(STRONG)

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 1;
  for (int r = 0; r < scale; r++) CHECK_EQ_INT(weak_sum(), 500500);
  void *self = dlopen(NULL, RTLD_NOW);
  int (*w0)(void) = (int (*)(void))dlsym(self, "w_000");
  int (*w9)(void) = (int (*)(void))dlsym(self, "w_999");
  CHECK(w0 && w9);
  CHECK_EQ_INT(w0(), 1000);
  CHECK_EQ_INT(w9(), 1);
  printf("weak_sum=%d\n", weak_sum());
  return 0;
}
