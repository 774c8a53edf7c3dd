#include <pthread.h>
#include "check.h"

extern __thread int shared_var;
int *a_addr(void), *b_addr(void), *c_addr(void);

static void *check_fn(void *other) {
  int *mine = &shared_var;
  CHECK_EQ_PTR(a_addr(), mine);     /* the defining DSO */
  CHECK_EQ_PTR(b_addr(), mine);     /* two other DSOs referring to it */
  CHECK_EQ_PTR(c_addr(), mine);
  if (other) CHECK_NE_PTR(mine, other);
  *b_addr() += 10;
  CHECK_EQ_INT(*c_addr(), 11);
  return mine;
}

int main(void) {
  pthread_t t;
  int *main_copy = check_fn(NULL);
  CHECK_EQ_INT(pthread_create(&t, NULL, check_fn, main_copy), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("one address per thread in exe, liba, libb, libc2; value %d\n", shared_var);
  return 0;
}
