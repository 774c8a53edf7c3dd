#include <pthread.h>
#include "check.h"

char *tdata_addr(void);
char *tbss_addr(void);
int others_ok(void);

static void *check_fn(void *arg) {
  char *d = tdata_addr(), *b = tbss_addr();
  CHECK_ALIGNED(d, ALIGN);
  CHECK_ALIGNED(b, ALIGN);
  CHECK_EQ_INT(d[0], 42);
  CHECK_EQ_INT(b[0], 0);
  CHECK(others_ok());
  d[0] += 1; b[0] += 1;
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
