#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>

/* Writable data of the DSO: mapped without execute permission. */
unsigned int lib_data[16];

static sigjmp_buf env;
static void *volatile got_addr;

static void on_segv(int sig, siginfo_t *si, void *uc) {
  (void)sig; (void)uc;
  got_addr = si->si_addr;
  siglongjmp(env, 1);
}

/* Calls lib_data as if it were code; returns 1 when SIGSEGV was caught,
 * with its si_addr. */
int lib_call_data(void **addr) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  void (*volatile fn)(void) = (void (*)(void))(void *)lib_data;
  if (sigsetjmp(env, 1) == 0) {
    fn();
    return 0;
  }
  *addr = got_addr;
  return 1;
}
