#include <pthread.h>
#include "check.h"

#define TDATA_SIZE (64 * 1024)
#define TBSS_SIZE (1024 * 1024)

char *tdata_addr(void);
char *tbss_addr(void);

static void *check_fn(void *arg) {
  char *d = tdata_addr(), *b = tbss_addr();
  CHECK_EQ_INT(d[0], 11);
  CHECK_EQ_INT(d[TDATA_SIZE / 2], 0);
  CHECK_EQ_INT(d[TDATA_SIZE - 1], 22);
  CHECK_EQ_INT(b[0], 0);
  CHECK_EQ_INT(b[TBSS_SIZE - 1], 0);
  memset(b, 0x5a, TBSS_SIZE);
  d[0] = 99;
  printf("%s: ok\n", (const char *)arg);
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t t;
  check_fn("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, check_fn, "thread"), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  CHECK_EQ_INT(tbss_addr()[TBSS_SIZE - 1], 0x5a);
  CHECK_EQ_INT(tdata_addr()[0], 99);
  return 0;
}
