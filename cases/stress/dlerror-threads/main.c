/* 8 threads fail dlsym lookups of names unique to each thread and iteration, 200 x scale times
 * each: dlerror() must report this thread's own last error (it names the missing symbol), and a
 * second dlerror() must return NULL. The error state is per thread. */
#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *h;
static int iters;
static pthread_barrier_t bar;

static void *worker(void *arg) {
  long t = (long)arg;
  char name[48];
  pthread_barrier_wait(&bar);
  for (int i = 0; i < iters; i++) {
    snprintf(name, sizeof name, "missing_t%ld_i%d", t, i);
    CHECK_NULL(dlsym(h, name));
    const char *e = dlerror();
    CHECK_NOT_NULL(e);
    CHECK_MSG(strstr(e, name) != NULL, "thread %ld got \"%s\", expected it to name %s", t, e, name);
    CHECK_NULL(dlerror());
  }
  return NULL;
}

int main(int argc, char **argv) {
  iters = 200 * (argc > 1 ? atoi(argv[1]) : 1);
  h = dlopen("libone.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(pthread_barrier_init(&bar, NULL, 8), 0);
  pthread_t th[8];
  for (long t = 0; t < 8; t++) CHECK_EQ_INT(pthread_create(&th[t], NULL, worker, (void *)t), 0);
  for (int t = 0; t < 8; t++) CHECK_EQ_INT(pthread_join(th[t], NULL), 0);
  printf("dlerror state stayed per thread\n");
  return 0;
}
