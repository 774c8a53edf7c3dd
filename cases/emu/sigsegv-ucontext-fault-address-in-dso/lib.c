#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <ucontext.h>

/* Read-only data of the DSO, written to on purpose. */
const int lib_ro[4] = { 1, 2, 3, 4 };

static sigjmp_buf env;
static volatile unsigned long ctx_addr;

/* The fault address as the machine context (not siginfo) records it, the way
 * crash reporters read it: x86-64 CR2, Arm fault_address, Power DAR. */
static void on_segv(int sig, siginfo_t *si, void *ucv) {
  ucontext_t *uc = ucv;
  (void)sig; (void)si;
#if defined(__x86_64__)
  ctx_addr = (unsigned long)uc->uc_mcontext.gregs[REG_CR2];
#elif defined(__aarch64__) || defined(__arm__)
  ctx_addr = (unsigned long)uc->uc_mcontext.fault_address;
#elif defined(__powerpc64__)
  ctx_addr = (unsigned long)uc->uc_mcontext.gp_regs[PT_DAR];
#else
#error "no fault-address register known for this architecture"
#endif
  siglongjmp(env, 1);
}

unsigned long lib_fault_address_from_context(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  if (sigsetjmp(env, 1) == 0)
    *(volatile int *)&lib_ro[1] = 5;
  return ctx_addr;
}
