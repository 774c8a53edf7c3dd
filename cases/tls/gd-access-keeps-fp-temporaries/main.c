#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void (*store)(double, double);
static double (*load)(void);

static void *thread_fn(void *arg) {
  (void)arg;
  store(4.0, 5.0);          /* this thread's first access: allocates its block */
  printf("thread: %g\n", load());
  return NULL;
}

int main(void) {
  pthread_t t;
  void *h = dlopen("libfp.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&store = dlsym(h, "store");
  *(void **)&load = dlsym(h, "load");
  CHECK_NOT_NULL(store);
  CHECK_NOT_NULL(load);
  store(2.0, 3.0);          /* first access in the main thread */
  printf("main: %g\n", load());
  store(2.0, 3.0);          /* block already there */
  printf("main again: %g\n", load());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
