#include <pthread.h>
#include "check.h"

int bump(int by);

static void *thread_fn(void *arg) {
  (void)arg;
  printf("thread: %d\n", bump(3));   /* fresh copy: (5+3)*10 + 1 */
  return NULL;
}

int main(void) {
  pthread_t t;
  bump(1);
  printf("main: %d\n", bump(1));     /* (5+1+1)*10 + 2 */
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
