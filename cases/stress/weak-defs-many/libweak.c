/* 1000 weak functions w_000 .. w_999, each returning 1. The DSO's own calls go through the PLT
 * (default visibility), so a strong definition in the executable must win for each of them. */
#include "gen.h"
#define WEAK(n) __attribute__((weak)) int w_##n(void) { return 1; }
N1000(WEAK)

int weak_sum(void) {
  int s = 0;
#define ADD(n) s += w_##n();
  N1000(ADD)
  return s;
}
