#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

#define EARLY 8
#define LATE 8
#define ROUNDS 50

static int (*step)(int);
static int (*calls_of_thread)(void);
static pthread_barrier_t opened;

static void work(int id) {
  int v = 0;
  for (int i = 0; i < ROUNDS; i++) v = step(id);
  CHECK_EQ_INT(v, 1000 + ROUNDS * id);          /* nobody else's increments */
  CHECK_EQ_INT(calls_of_thread(), ROUNDS);
}

static void *early_fn(void *arg) {              /* exists before dlopen */
  pthread_barrier_wait(&opened);
  work((int)(intptr_t)arg);
  return NULL;
}

static void *late_fn(void *arg) { work((int)(intptr_t)arg); return NULL; }

int main(void) {
  pthread_t t[EARLY + LATE];
  pthread_barrier_init(&opened, NULL, EARLY + 1);
  for (int i = 0; i < EARLY; i++)
    CHECK_EQ_INT(pthread_create(&t[i], NULL, early_fn, (void *)(intptr_t)(i + 1)), 0);
  void *h = dlopen("libdesc.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&step = dlsym(h, "step");
  *(void **)&calls_of_thread = dlsym(h, "calls_of_thread");
  CHECK(step && calls_of_thread);
  pthread_barrier_wait(&opened);
  for (int i = EARLY; i < EARLY + LATE; i++)
    CHECK_EQ_INT(pthread_create(&t[i], NULL, late_fn, (void *)(intptr_t)(i + 1)), 0);
  for (int i = 0; i < EARLY + LATE; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  CHECK_EQ_INT(calls_of_thread(), 0);           /* main never called step */
  printf("16 threads ok, main base=%d\n", step(0));
  return 0;
}
