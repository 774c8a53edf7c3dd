#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>

/* Executes an architecturally (permanently) undefined instruction. */
__attribute__((noinline)) void lib_undef(void) {
#if defined(__x86_64__)
  __asm__ volatile("ud2");
#elif defined(__aarch64__) || defined(__arm__)
  __asm__ volatile("udf #0");
#elif defined(__powerpc64__)
  __asm__ volatile(".long 0");
#else
#error "no undefined instruction known for this architecture"
#endif
}

static sigjmp_buf env;
static volatile int got_code;
static void *volatile got_addr;

static void on_sigill(int sig, siginfo_t *si, void *uc) {
  (void)sig; (void)uc;
  got_code = si->si_code;
  got_addr = si->si_addr;
  siglongjmp(env, 1);
}

/* Returns 1 when SIGILL was caught, with its si_code and si_addr. */
int lib_catch_undef(int *code, void **addr) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_sigill;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGILL, &sa, NULL);
  if (sigsetjmp(env, 1) == 0) {
    lib_undef();
    return 0;
  }
  *code = got_code;
  *addr = got_addr;
  return 1;
}
