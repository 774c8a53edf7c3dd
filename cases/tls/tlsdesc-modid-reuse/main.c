#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *load(const char *name, int (**get)(void), void (**set)(int)) {
  void *h = dlopen(name, RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)get = dlsym(h, "get");
  if (set) *(void **)set = dlsym(h, "set");
  CHECK(*get && (!set || *set));
  return h;
}

static int (*a_get)(void), (*b_get)(void), (*c_get)(void);
static void (*a_set)(int);
static pthread_barrier_t step1, step2;

static void *worker(void *arg) {
  (void)arg;
  CHECK_EQ_INT(a_get(), 111);
  CHECK_EQ_INT(b_get(), 222);
  a_set(999);                           /* dirty liba's block in this thread */
  pthread_barrier_wait(&step1);         /* main: dlclose(liba), dlopen(libc3) */
  pthread_barrier_wait(&step2);
  printf("old thread: c=%d b=%d\n", c_get(), b_get());   /* libc3's image, not liba's leftovers */
  return NULL;
}

static void *late(void *arg) { (void)arg; printf("new thread: c=%d\n", c_get()); return NULL; }

int main(void) {
  pthread_t w, l;
  pthread_barrier_init(&step1, NULL, 2);
  pthread_barrier_init(&step2, NULL, 2);
  void *ha = load("liba.so", &a_get, &a_set);
  load("libb.so", &b_get, NULL);
  CHECK_EQ_INT(pthread_create(&w, NULL, worker, NULL), 0);
  pthread_barrier_wait(&step1);
  CHECK_EQ_INT(dlclose(ha), 0);         /* leaves a gap in the module ids */
  load("libc3.so", &c_get, NULL);       /* may reuse liba's module id */
  pthread_barrier_wait(&step2);
  CHECK_EQ_INT(pthread_join(w, NULL), 0);
  printf("main: c=%d\n", c_get());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&l, NULL, late, NULL), 0);
  CHECK_EQ_INT(pthread_join(l, NULL), 0);
  return 0;
}
