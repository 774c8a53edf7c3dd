/* 32 x scale threads (8 at a time) each register 4 thread-exit destructors in a dlopened DSO.
 * At each thread's exit its 4 destructors run, in reverse order of registration, in that thread.
 * dlclose while they are pending must not unmap the DSO early. */
#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int *next_expected, ran;
static void (*reg)(long);

void td_ran(long thread, int which) {
  pthread_mutex_lock(&mu);
  CHECK_EQ_INT(which, next_expected[thread]);   /* 3, 2, 1, 0 */
  next_expected[thread]--;
  ran++;
  pthread_mutex_unlock(&mu);
}

static void *worker(void *arg) {
  reg((long)arg);
  return NULL;
}

int main(int argc, char **argv) {
  int n = 32 * (argc > 1 ? atoi(argv[1]) : 1);
  next_expected = malloc(n * sizeof *next_expected);
  CHECK_NOT_NULL(next_expected);
  for (int i = 0; i < n; i++) next_expected[i] = 3;
  void *h = dlopen("libtd.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  reg = (void (*)(long))dlsym(h, "td_register");
  CHECK_NOT_NULL(reg);
  for (int base = 0; base < n; base += 8) {
    pthread_t th[8];
    for (int k = 0; k < 8; k++) CHECK_EQ_INT(pthread_create(&th[k], NULL, worker, (void *)(long)(base + k)), 0);
    for (int k = 0; k < 8; k++) CHECK_EQ_INT(pthread_join(th[k], NULL), 0);
  }
  CHECK_EQ_INT(ran, 4 * n);
  for (int i = 0; i < n; i++) CHECK_EQ_INT(next_expected[i], -1);
  CHECK_EQ_INT(dlclose(h), 0);
  CHECK_NULL(dlopen("libtd.so", RTLD_NOW | RTLD_NOLOAD));
  printf("every thread ran its own 4 TLS destructors in reverse order\n");
  return 0;
}
