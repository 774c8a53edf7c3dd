#include <dlfcn.h>
#include "check.h"

static unsigned flag;
static unsigned long sunk;
static unsigned src(void) { return flag; }
static void sink(unsigned long len) { sunk = len; }

int main(void) {
  void *h = dlopen("libpick.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void (*pick)(unsigned (*)(void), void (*)(unsigned long));
  *(void **)&pick = dlsym(h, "pick");
  struct { unsigned short lo, hi; } *last = dlsym(h, "last");
  CHECK_NOT_NULL(pick);
  CHECK_NOT_NULL(last);
  for (int round = 0; round < 2; round++) {   /* first call allocates the block */
    for (flag = 0; flag < 2; flag++) {
      unsigned long want = flag ? 8 : 32;
      sunk = 0;
      pick(src, sink);
      printf("flag=%u len=%lu hi=%u lo=%u\n", flag, sunk, last->hi, last->lo);
      CHECK_EQ_INT(sunk, want);
      CHECK_EQ_INT(last->hi, want << 8);
      CHECK_EQ_INT(last->lo, 31);                /* table[2].hi + 1 */
    }
  }
  return 0;
}
