#include <pthread.h>
#include "check.h"

int have_maybe(void);

static void *thread_fn(void *arg) { (void)arg; printf("thread: defined=%d\n", have_maybe()); return NULL; }

int main(void) {
  pthread_t t;
  printf("main: defined=%d\n", have_maybe());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
