#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include "check.h"

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif

int lib_install_altstack(void);

int main(void) {
  /* sigaltstack(2): SS_AUTODISARM (since Linux 4.7) may be ORed into ss_flags;
   * reading the stack back reports the flag. */
  errno = 0;
  int r = lib_install_altstack();
  CHECK_MSG(r == 0, "sigaltstack failed: %s", strerror(errno));
  stack_t cur;
  CHECK_EQ_INT(sigaltstack(NULL, &cur), 0);
  CHECK(((unsigned)cur.ss_flags & SS_AUTODISARM) != 0);
  puts("SS_AUTODISARM");
  return 0;
}
