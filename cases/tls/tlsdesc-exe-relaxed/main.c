#include <pthread.h>
#include "check.h"

__thread int own = 70;                 /* the executable's own: descriptor -> LE */
extern __thread int shared_counter;    /* libvar.so's: descriptor -> IE */
int *lib_counter_addr(void);

static int step(int by) {
  CHECK_EQ_PTR(&shared_counter, lib_counter_addr());
  own += by; shared_counter += by;
  return own + shared_counter;
}

static void *thread_fn(void *arg) { (void)arg; printf("thread: %d\n", step(2)); return NULL; }

int main(void) {
  pthread_t t;
  printf("main: %d\n", step(1));
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
