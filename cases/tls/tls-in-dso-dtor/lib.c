#include <stdio.h>
#include <unistd.h>

__thread int tv = 1;

void set_tv(int v) { tv = v; }

__attribute__((destructor)) static void fini(void) {
  /* runs inside dlclose, in the thread that called it: that thread's copy */
  char line[32];
  int n = snprintf(line, sizeof line, "dtor: tv=%d\n", tv);
  fflush(stdout);
  (void)!write(1, line, (size_t)n);
}
