#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>

/* Read-only data of the DSO: .rodata, mapped without write permission. */
const int lib_table[4] = { 1, 2, 3, 4 };

static sigjmp_buf env;
static volatile int got_code;
static void *volatile got_addr;

static void on_segv(int sig, siginfo_t *si, void *uc) {
  (void)sig; (void)uc;
  got_code = si->si_code;
  got_addr = si->si_addr;
  siglongjmp(env, 1);
}

/* Stores into lib_table[2]; returns 1 when SIGSEGV was caught, with its
 * si_code and si_addr. */
int lib_store_to_rodata(int *code, void **addr) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  if (sigsetjmp(env, 1) == 0) {
    *(volatile int *)&lib_table[2] = 9;
    return 0;
  }
  *code = got_code;
  *addr = got_addr;
  return 1;
}
