#include <signal.h>
#include "check.h"

int lib_raise_and_count(int signo);

int main(void) {
  /* signal(7): Linux supports 33 real-time signals, 32..64; the C library's
   * SIGRTMIN..SIGRTMAX are all usable by the program, the top ones included. */
  CHECK_EQ_INT(SIGRTMAX, 64);
  for (int s = SIGRTMAX - 2; s <= SIGRTMAX; s++)
    CHECK_MSG(lib_raise_and_count(s) == 1, "signal %d: handler not run", s);
  puts("delivered");
  return 0;
}
