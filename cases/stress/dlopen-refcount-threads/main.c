/* 4 threads dlopen/dlclose the same DSO 300 x scale times each, with no other reference.
 * The reference count must never drop a live object: every handle stays usable until its own
 * dlclose; constructors and destructors alternate; in the end the DSO is unloaded. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include "check.h"

static atomic_int ctors, dtors, live_bad;
static int iters;

void rc_note(int ctor) {
  if (ctor) atomic_fetch_add(&ctors, 1);
  else atomic_fetch_add(&dtors, 1);
  int c = atomic_load(&ctors), d = atomic_load(&dtors);
  if (c - d < 0 || c - d > 1) atomic_fetch_add(&live_bad, 1);
}

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < iters; i++) {
    void *h = dlopen("librc.so", RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    int (*v)(void) = (int (*)(void))dlsym(h, "rc_value");
    CHECK_NOT_NULL(v);
    CHECK_EQ_INT(v(), 31);             /* still mapped: this thread holds a reference */
    CHECK_EQ_INT(dlclose(h), 0);
  }
  return NULL;
}

int main(int argc, char **argv) {
  iters = 300 * (argc > 1 ? atoi(argv[1]) : 1);
  pthread_t th[4];
  for (long t = 0; t < 4; t++) CHECK_EQ_INT(pthread_create(&th[t], NULL, worker, NULL), 0);
  for (int t = 0; t < 4; t++) CHECK_EQ_INT(pthread_join(th[t], NULL), 0);
  CHECK_NULL(dlopen("librc.so", RTLD_NOW | RTLD_NOLOAD));
  CHECK(atomic_load(&ctors) >= 1);
  CHECK_EQ_INT(atomic_load(&ctors), atomic_load(&dtors));
  CHECK_EQ_INT(atomic_load(&live_bad), 0);
  printf("balanced loads and unloads, never more than one live copy\n");
  return 0;
}
