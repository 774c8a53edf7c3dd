#include <pthread.h>
#include "check.h"

extern __thread int shared_counter;   /* defined in libvar.so */
int *lib_counter_addr(void);

static void *thread_fn(void *arg) {
  (void)arg;
  CHECK_EQ_PTR(&shared_counter, lib_counter_addr());
  shared_counter += 3;
  printf("thread: %d\n", *lib_counter_addr());   /* 5 + 3 */
  return NULL;
}

int main(void) {
  pthread_t t;
  CHECK_EQ_PTR(&shared_counter, lib_counter_addr());
  shared_counter += 1;
  printf("main: %d\n", *lib_counter_addr());     /* 5 + 1 */
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
