#include <fenv.h>
#include <signal.h>
#include "check.h"

int lib_install(void);

int main(void) {
  CHECK_EQ_INT(lib_install(), 0);
  CHECK_EQ_INT(raise(SIGUSR1), 0);
  /* Back from the handler the rounding mode is round-to-nearest again, both as
   * reported and as used: 1/3 rounds to 0x3FD5555555555555 (upward would give
   * ...556). */
  CHECK_EQ_INT(fegetround(), FE_TONEAREST);
  volatile double a = 1.0, b = 3.0;
  double r = a / b;
  uint64_t bits;
  memcpy(&bits, &r, sizeof bits);
  CHECK_MSG(bits == 0x3FD5555555555555ull, "1/3 = %#llx", (unsigned long long)bits);
  puts("nearest");
  return 0;
}
