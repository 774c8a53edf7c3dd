#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static int (*dyn_bump)(int);
static pthread_barrier_t opened, early_done;

static void *early_fn(void *arg) {       /* created before dlopen */
  (void)arg;
  pthread_barrier_wait(&opened);
  printf("early thread: %d\n", dyn_bump(10));
  fflush(stdout);
  pthread_barrier_wait(&early_done);
  return NULL;
}

static void *late_fn(void *arg) {        /* created after dlopen */
  (void)arg;
  printf("late thread: %d\n", dyn_bump(100));
  return NULL;
}

int main(void) {
  pthread_t early, late;
  pthread_barrier_init(&opened, NULL, 2);
  pthread_barrier_init(&early_done, NULL, 2);
  CHECK_EQ_INT(pthread_create(&early, NULL, early_fn, NULL), 0);

  void *h = dlopen("libdyn.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&dyn_bump = dlsym(h, "dyn_bump");
  CHECK_NOT_NULL(dyn_bump);
  printf("main: %d\n", dyn_bump(1));
  fflush(stdout);

  pthread_barrier_wait(&opened);
  pthread_barrier_wait(&early_done);
  CHECK_EQ_INT(pthread_join(early, NULL), 0);
  CHECK_EQ_INT(pthread_create(&late, NULL, late_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(late, NULL), 0);
  printf("main again: %d\n", dyn_bump(1));
  return 0;
}
