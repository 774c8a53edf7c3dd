#include <errno.h>
#include <pthread.h>
#include "check.h"

extern int fail_malloc;
static void nothing(void) {}

int main(void) {
  fail_malloc = 1;                 /* every allocation fails while registering */
  int r = pthread_atfork(nothing, nothing, nothing);
  fail_malloc = 0;
  /* Success (the C library did not need the heap) or the POSIX error number. */
  CHECK_MSG(r == 0 || r == ENOMEM, "pthread_atfork returned %d", r);
  puts("ok");
  return 0;
}
