#include <errno.h>
#include <pthread.h>
#include "check.h"

void lib_set_errno(int v);
int lib_get_errno(void);
int *lib_errno_addr(void);

#define N 4
static pthread_barrier_t all_set;
static int seen[N];
static int *addr[N];

static void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  lib_set_errno(100 + id);
  addr[id] = lib_errno_addr();
  pthread_barrier_wait(&all_set);      /* every thread has written before any reads */
  seen[id] = errno;                    /* read from the exe, written by the DSO */
  return NULL;
}

int main(void) {
  pthread_t t[N];
  errno = 7;
  pthread_barrier_init(&all_set, NULL, N);
  for (int i = 0; i < N; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i), 0);
  for (int i = 0; i < N; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  for (int i = 0; i < N; i++) printf("thread %d: %d\n", i, seen[i]);
  for (int i = 1; i < N; i++) CHECK_NE_PTR(addr[i], addr[0]);   /* one errno per thread */
  printf("main: %d\n", lib_get_errno());
  return 0;
}
