#include <fenv.h>
#include <signal.h>
#include <string.h>

/* A handler in a DSO that changes the FP rounding mode for its own work and
 * returns without restoring it: the kernel restores the interrupted context's
 * FP control register on sigreturn. */
static void on_usr1(int sig) {
  (void)sig;
  fesetround(FE_UPWARD);
  volatile double a = 1.0, b = 3.0;
  volatile double r = a / b;
  (void)r;
}

int lib_install(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  return sigaction(SIGUSR1, &sa, NULL);
}
