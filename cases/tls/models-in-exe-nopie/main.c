#include <pthread.h>
#include "check.h"

__thread int tdata = 42;       /* .tdata */
__thread long tbss;            /* .tbss: must start at zero */
static __thread int local = 7; /* local symbol: LD sequence under local-dynamic */

static void show(const char *who) {
  printf("%s: tdata=%d tbss=%ld local=%d\n", who, tdata, tbss, local);
}

static void *thread_fn(void *arg) {
  (void)arg;
  CHECK_EQ_INT(tdata, 42);
  CHECK_EQ_INT(tbss, 0);
  CHECK_EQ_INT(local, 7);
  tdata += 10; tbss += 20; local += 30;
  show("thread");
  return NULL;
}

int main(void) {
  pthread_t t;
  tdata += 1; tbss += 2; local += 3;
  show("main");
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  show("main again");
  return 0;
}
