#include <pthread.h>
#include "check.h"

__thread char before = 'x';                          /* pushes the next variable off alignment */
_Alignas(ALIGN) __thread char tdata_blk[8] = {42};   /* .tdata */
__thread short between = 1;
_Alignas(ALIGN) __thread char tbss_blk[8];           /* .tbss */

static void *check_fn(void *arg) {
  CHECK_ALIGNED(tdata_blk, ALIGN);
  CHECK_ALIGNED(tbss_blk, ALIGN);
  CHECK_EQ_INT(before, 'x');
  CHECK_EQ_INT(tdata_blk[0], 42);
  CHECK_EQ_INT(tbss_blk[0], 0);
  CHECK_EQ_INT(between, 1);
  tdata_blk[0] += 1; tbss_blk[0] += 1;
  printf("%s: aligned\n", (const char *)arg);
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t t;
  check_fn("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, check_fn, "thread"), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
