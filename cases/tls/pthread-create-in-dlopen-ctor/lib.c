#include <pthread.h>

__thread int tv = 8;
static int seen_by_thread, seen_by_ctor;

static void *worker(void *arg) { (void)arg; tv += 100; seen_by_thread = tv; return NULL; }

__attribute__((constructor)) static void init(void) {
  pthread_t t;
  tv += 1;                                      /* the loading thread's copy: 9 */
  if (pthread_create(&t, NULL, worker, NULL) == 0) pthread_join(t, NULL);
  seen_by_ctor = tv;                            /* unchanged by the worker: 9 */
}

int result(void) { return seen_by_ctor * 1000 + seen_by_thread; }
