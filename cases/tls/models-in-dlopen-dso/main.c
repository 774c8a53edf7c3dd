#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void (*lib_bump)(void);
static int (*lib_tdata_value)(void), (*lib_hidden_value)(void);

static void run(const char *who) {
  CHECK_EQ_INT(lib_tdata_value(), 42);
  lib_bump();
  printf("%s: tdata=%d hidden=%d\n", who, lib_tdata_value(), lib_hidden_value());
  fflush(stdout);
}

static void *thread_fn(void *arg) { (void)arg; run("thread"); return NULL; }

int main(void) {
  pthread_t t;
  void *h = dlopen("libmodel.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&lib_bump = dlsym(h, "lib_bump");
  *(void **)&lib_tdata_value = dlsym(h, "lib_tdata_value");
  *(void **)&lib_hidden_value = dlsym(h, "lib_hidden_value");
  CHECK(lib_bump && lib_tdata_value && lib_hidden_value);
  run("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  lib_bump();
  printf("main again: tdata=%d hidden=%d\n", lib_tdata_value(), lib_hidden_value());
  return 0;
}
