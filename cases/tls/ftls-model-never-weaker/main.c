#include <pthread.h>
#include "check.h"

__thread int own = 4;

static void *thread_fn(void *arg) { (void)arg; own += 2; printf("thread: %d\n", own); return NULL; }

int main(void) {
  pthread_t t;
  own += 1;
  printf("main: %d\n", own);
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
