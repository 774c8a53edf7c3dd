#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *lib[3];
static const char *const name[3] = {"./libgap0.so", "./libgap1.so", "./libgap2.so"};

static void open_lib(int i) {
  lib[i] = dlopen(name[i], RTLD_NOW);
  CHECK_MSG(lib[i] != NULL, "%s", dlerror());
}

static void close_lib(int i) { CHECK_EQ_INT(dlclose(lib[i]), 0); }

static void *thread(void *arg) {
  (void)arg;
  open_lib(1);  /* takes the module id freed by libgap1's dlclose */
  int *(*first)(void) = (int *(*)(void))dlsym(lib[1], "tls_first");
  CHECK_NOT_NULL(first);
  int *p = first();  /* this thread's dtv was built while that id was a gap */
  CHECK_NOT_NULL(p);
  printf("thread: tls_block[0]=%d\n", *p);
  ++*p;
  return NULL;
}

int main(void) {
  open_lib(0);
  open_lib(1);
  open_lib(2);
  close_lib(0);
  close_lib(1);  /* module ids of libgap0 and libgap1 are now free */
  open_lib(0);   /* reuses libgap0's id and advances the TLS generation */
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, thread, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
