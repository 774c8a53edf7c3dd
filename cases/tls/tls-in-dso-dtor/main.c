#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void (*set_tv)(int);

static void *thread_fn(void *arg) { (void)arg; set_tv(500); return NULL; }   /* another copy */

int main(void) {
  pthread_t t;
  void *h = dlopen("libdtor.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&set_tv = dlsym(h, "set_tv");
  CHECK_NOT_NULL(set_tv);
  set_tv(42);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("closing\n");
  fflush(stdout);
  CHECK_EQ_INT(dlclose(h), 0);
  printf("closed\n");
  return 0;
}
