#include <pthread.h>
#include "check.h"

#define TDATA_SIZE (64 * 1024)
#define TBSS_SIZE (1024 * 1024)

__thread char big_tdata[TDATA_SIZE] = {[0] = 11, [TDATA_SIZE - 1] = 22};   /* .tdata */
__thread char big_tbss[TBSS_SIZE];                                         /* .tbss */

static void *check_fn(void *arg) {
  CHECK_EQ_INT(big_tdata[0], 11);
  CHECK_EQ_INT(big_tdata[TDATA_SIZE / 2], 0);
  CHECK_EQ_INT(big_tdata[TDATA_SIZE - 1], 22);
  CHECK_EQ_INT(big_tbss[0], 0);
  CHECK_EQ_INT(big_tbss[TBSS_SIZE - 1], 0);
  memset(big_tbss, 0x5a, TBSS_SIZE);          /* all of it is this thread's */
  big_tdata[0] = 99;
  printf("%s: ok\n", (const char *)arg);
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t t;
  check_fn("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, check_fn, "thread"), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  CHECK_EQ_INT(big_tbss[TBSS_SIZE - 1], 0x5a);   /* the thread's memset did not reach main's copy */
  CHECK_EQ_INT(big_tdata[0], 99);
  return 0;
}
