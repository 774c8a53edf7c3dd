#include <pthread.h>
#include "check.h"

__thread int dup_var = 500;                /* does not interpose: libdup.so is -Bsymbolic */
int lib_read(void);
int *lib_addr(void);

static void *thread_fn(void *arg) {
  (void)arg;
  CHECK_NE_PTR(lib_addr(), &dup_var);
  dup_var += 2;
  printf("thread: exe %d, lib %d\n", dup_var, lib_read());
  return NULL;
}

int main(void) {
  pthread_t t;
  CHECK_NE_PTR(lib_addr(), &dup_var);
  dup_var += 1;
  printf("main: exe %d, lib %d\n", dup_var, lib_read());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
