/* 4 threads x 500 x scale RTLD_NOLOAD probes: the loaded DSO gives back the same handle every
 * time (one reference each, released by dlclose), the never-loaded one gives NULL and must stay
 * unloaded. Afterwards one dlclose of the original reference unloads the DSO. */
#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *held;
static int iters;

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < iters; i++) {
    void *h = dlopen("libheld.so", RTLD_NOW | RTLD_NOLOAD);
    CHECK_EQ_PTR(h, held);
    CHECK_NULL(dlopen("libabsent.so", RTLD_NOW | RTLD_NOLOAD));
    CHECK_EQ_INT(dlclose(h), 0);
  }
  return NULL;
}

int main(int argc, char **argv) {
  iters = 500 * (argc > 1 ? atoi(argv[1]) : 1);
  held = dlopen("libheld.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(held != NULL, "%s", dlerror());
  pthread_t th[4];
  for (long t = 0; t < 4; t++) CHECK_EQ_INT(pthread_create(&th[t], NULL, worker, NULL), 0);
  for (int t = 0; t < 4; t++) CHECK_EQ_INT(pthread_join(th[t], NULL), 0);
  CHECK_NULL(dlopen("libabsent.so", RTLD_NOW | RTLD_NOLOAD));
  int (*v)(void) = (int (*)(void))dlsym(held, "held_value");
  CHECK(v && v() == 17);
  CHECK_EQ_INT(dlclose(held), 0);   /* the last reference: the probes were all balanced */
  CHECK_NULL(dlopen("libheld.so", RTLD_NOW | RTLD_NOLOAD));
  printf("RTLD_NOLOAD storm: same handle, balanced references, nothing loaded\n");
  return 0;
}
