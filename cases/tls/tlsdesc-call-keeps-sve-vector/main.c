#include <dlfcn.h>
#include <sys/auxv.h>
#include "check.h"

int main(void) {
  if (!(getauxval(AT_HWCAP) & HWCAP_SVE))
    UNSUPPORTED("the CPU has no SVE");
  void *h = dlopen("libsve.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  unsigned (*lanes)(void);
  int (*add_and_store)(const int *, const int *);
  int (*out_at)(unsigned);
  *(void **)&lanes = dlsym(h, "lanes");
  *(void **)&add_and_store = dlsym(h, "add_and_store");
  *(void **)&out_at = dlsym(h, "out_at");
  CHECK(lanes && add_and_store && out_at);
  unsigned n = lanes();
  if (n <= 4)
    UNSUPPORTED("128-bit SVE vectors: q0-q31 cover them entirely");
  CHECK(n <= 64);
  int a[64], b[64];
  for (int i = 0; i < 64; i++) { a[i] = i; b[i] = 1; }
  int want = (int)(n * (n + 1) / 2);               /* sum of 1..n */
  for (int round = 0; round < 2; round++) {        /* round 0 allocates the block */
    int sum = add_and_store(a, b);
    printf("round %d: sum=%s last=%s\n", round, sum == want ? "1+..+n" : "WRONG",
           out_at(n - 1) == (int)n ? "n" : "WRONG");
    CHECK_EQ_INT(sum, want);
    CHECK_EQ_INT(out_at(n - 1), n);
  }
  return 0;
}
