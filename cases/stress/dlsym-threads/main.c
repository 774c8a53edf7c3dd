/* 4 threads each dlsym 2,500 x scale names from a 10,000-symbol DSO (with RTLD_DEFAULT and the
 * handle, interleaved): every lookup must return the right object under contention. */
#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *h;
static int scale;

static void *worker(void *arg) {
  long t = (long)arg;
  char name[16];
  for (int r = 0; r < scale; r++)
    for (int k = 0; k < 2500; k++) {
      int i = (k * 4 + (int)t) * 7919 % 10000;   /* a different walk per thread */
      snprintf(name, sizeof name, "s_%04d", i);
      const int *p = dlsym((k & 1) ? RTLD_DEFAULT : h, name);
      CHECK_MSG(p != NULL, "%s", name);
      CHECK_EQ_INT(*p, i);
    }
  return NULL;
}

int main(int argc, char **argv) {
  scale = argc > 1 ? atoi(argv[1]) : 1;
  h = dlopen("libmany.so", RTLD_NOW | RTLD_GLOBAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  pthread_t th[4];
  for (long t = 0; t < 4; t++) CHECK_EQ_INT(pthread_create(&th[t], NULL, worker, (void *)t), 0);
  for (int t = 0; t < 4; t++) CHECK_EQ_INT(pthread_join(th[t], NULL), 0);
  printf("concurrent dlsym: every lookup correct\n");
  return 0;
}
