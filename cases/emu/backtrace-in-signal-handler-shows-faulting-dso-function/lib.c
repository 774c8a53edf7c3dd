#define _GNU_SOURCE
#include <execinfo.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>

void *lib_frames[64];
int lib_depth;
static sigjmp_buf env;

/* The SIGSEGV handler records the call chain as seen from inside the handler,
 * then leaves through siglongjmp (returning would re-run the faulting store). */
static void on_segv(int sig) {
  (void)sig;
  lib_depth = backtrace(lib_frames, 64);
  siglongjmp(env, 1);
}

__attribute__((noinline)) void lib_fault(int *volatile *pp) {
  **pp = 1;                               /* *pp is NULL: SIGSEGV here */
}

/* Returns 1 when the fault was caught. */
int lib_catch_fault(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_segv;
  sigaction(SIGSEGV, &sa, NULL);
  static int *volatile null;
  if (sigsetjmp(env, 1) == 0) {
    lib_fault(&null);
    return 0;
  }
  return 1;
}
