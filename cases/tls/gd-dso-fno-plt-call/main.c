#include <pthread.h>
#include "check.h"

extern __thread int counter;
int *lib_counter_addr(void);
int lib_sum(void);

static void *thread_main(void *arg) {
  (void)arg;
  CHECK_EQ_INT(lib_sum(), 7 + 8);          /* a new thread sees the initial image */
  counter = 100;
  CHECK_EQ_PTR(lib_counter_addr(), &counter);
  CHECK_EQ_INT(lib_sum(), 100 + 8);
  return NULL;
}

int main(void) {
  CHECK_EQ_PTR(lib_counter_addr(), &counter);  /* the DSO's GD access = the exe's IE access */
  CHECK_EQ_INT(lib_sum(), 7 + 8);
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_main, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  CHECK_EQ_INT(lib_sum(), 7 + 8);              /* the thread's store was its own copy */
  printf("%d\n", lib_sum());
  return 0;
}
