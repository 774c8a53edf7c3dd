#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static int (*touch)(void);

static void *thread_fn(void *arg) { (void)arg; printf("thread: %d\n", touch()); return NULL; }

int main(void) {
  pthread_t t;
  void *h = dlopen("libie65536.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&touch = dlsym(h, "touch");
  CHECK_NOT_NULL(touch);
  touch();
  printf("main: %d\n", touch());
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
