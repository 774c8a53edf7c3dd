#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif

/* A crash-reporting library installs its alternate signal stack with
 * SS_AUTODISARM, so that a handler may switch away (swapcontext) safely. */
int lib_install_altstack(void) {
  stack_t ss = { .ss_sp = malloc(1 << 16), .ss_size = 1 << 16, .ss_flags = (int)SS_AUTODISARM };
  return ss.ss_sp ? sigaltstack(&ss, NULL) : -1;
}
