#include <pthread.h>
#include "check.h"

int *a_addr(void);
int *b_addr(void);
int b_bump(int by);

static void *run(void *arg) {
  int by = (int)(long)arg;
  CHECK_EQ_PTR(b_addr(), a_addr());     /* one object, seen from both DSOs */
  CHECK_EQ_INT(*a_addr(), 11);          /* a fresh copy in every thread */
  b_bump(by);
  printf("by %d: a sees %d\n", by, *a_addr());
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t t;
  run((void *)1L);
  CHECK_EQ_INT(pthread_create(&t, NULL, run, (void *)100L), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  CHECK_EQ_INT(*b_addr(), 12);
  return 0;
}
