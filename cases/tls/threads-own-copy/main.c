#include <pthread.h>
#include "check.h"

#define NTHREADS 8
long *tdata_addr(void);
long *tbss_addr(void);

static pthread_barrier_t all_started, all_written;
static long seen_tdata[NTHREADS + 1], seen_tbss[NTHREADS + 1];

static void *thread_fn(void *arg) {
  int id = (int)(long)arg;                 /* 1..NTHREADS */
  long *d = tdata_addr(), *b = tbss_addr();
  CHECK_EQ_INT(*d, 100);
  CHECK_EQ_INT(*b, 0);
  pthread_barrier_wait(&all_started);      /* all 8 copies are live at once */
  for (int k = 1; k <= id; k++) { *d += k; *b += 1; }
  pthread_barrier_wait(&all_written);      /* nobody's writes leak into another copy */
  seen_tdata[id] = *tdata_addr();
  seen_tbss[id] = *tbss_addr();
  return NULL;
}

int main(void) {
  pthread_t t[NTHREADS + 1];
  pthread_barrier_init(&all_started, NULL, NTHREADS);
  pthread_barrier_init(&all_written, NULL, NTHREADS);
  for (long i = 1; i <= NTHREADS; i++)
    CHECK_EQ_INT(pthread_create(&t[i], NULL, thread_fn, (void *)i), 0);
  for (int i = 1; i <= NTHREADS; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  for (int i = 1; i <= NTHREADS; i++)
    printf("thread %d: tdata=%ld tbss=%ld\n", i, seen_tdata[i], seen_tbss[i]);
  printf("main: tdata=%ld tbss=%ld\n", *tdata_addr(), *tbss_addr());
  return 0;
}
