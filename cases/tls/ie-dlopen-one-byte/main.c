#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static int (*bump)(void);

static void *thread_fn(void *arg) { (void)arg; printf("thread: %c\n", bump()); return NULL; }

int main(void) {
  pthread_t t;
  void *h = dlopen("libone.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&bump = dlsym(h, "bump");
  CHECK_NOT_NULL(bump);
  bump();
  printf("main: %c\n", bump());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
