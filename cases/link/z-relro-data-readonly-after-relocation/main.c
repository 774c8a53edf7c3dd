/* A const pointer initialized with an address needs a relocation, so it is not
 * in .rodata but in .data.rel.ro, which -z relro covers with PT_GNU_RELRO: the
 * loader write-protects it after relocating.  A write to it must fault. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include "check.h"

int target = 1;
int *const relro_ptr = &target;
static sigjmp_buf env;

static void on_segv(int sig) { siglongjmp(env, sig); }

int main(void) {
  signal(SIGSEGV, on_segv);
  signal(SIGBUS, on_segv);
  int *volatile *slot = (int *volatile *)&relro_ptr;
  if (sigsetjmp(env, 1) == 0) {
    *slot = NULL;
    puts("write succeeded");
  } else {
    puts("write faulted");
  }
  printf("*relro_ptr=%d\n", *relro_ptr);
  return 0;
}
