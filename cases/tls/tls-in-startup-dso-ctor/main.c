#include <pthread.h>
#include "check.h"

int get_tv(void);

static void *thread_fn(void *arg) { (void)arg; printf("other thread: %d\n", get_tv()); return NULL; }

int main(void) {
  pthread_t t;
  printf("main thread: %d\n", get_tv());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
