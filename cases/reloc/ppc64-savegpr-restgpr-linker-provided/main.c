/* Built with -Os, GCC on 64-bit PowerPC ELFv2 saves and restores the
 * callee-saved GPRs of a function with many live values by calling
 * _savegpr0_N / _restgpr0_N, which no library defines: the ELFv2 ABI makes
 * the static linker provide them. */
#include "check.h"

__attribute__((noinline)) long opaque(long x) {
  __asm__ volatile("" : "+r"(x));
  return x;
}

/* 18 values live across calls: r14..r31 all get used. */
__attribute__((noinline)) long spread(long n) {
  long v0 = opaque(n + 0), v1 = opaque(n + 1), v2 = opaque(n + 2);
  long v3 = opaque(n + 3), v4 = opaque(n + 4), v5 = opaque(n + 5);
  long v6 = opaque(n + 6), v7 = opaque(n + 7), v8 = opaque(n + 8);
  long v9 = opaque(n + 9), v10 = opaque(n + 10), v11 = opaque(n + 11);
  long v12 = opaque(n + 12), v13 = opaque(n + 13), v14 = opaque(n + 14);
  long v15 = opaque(n + 15), v16 = opaque(n + 16), v17 = opaque(n + 17);
  opaque(0);
  return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 +
         v12 + v13 + v14 + v15 + v16 + v17;
}

int main(void) {
  /* 18 * n + (0 + 1 + ... + 17) = 18 * 3 + 153 */
  CHECK_EQ_INT(spread(3), 207);
  return 0;
}
