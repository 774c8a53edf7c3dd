#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

__thread int exe_sym = 55;    /* exported with -rdynamic */

static void *probe(void *other) {
  int *p = dlsym(RTLD_DEFAULT, "exe_sym");
  CHECK_NOT_NULL(p);
  CHECK_EQ_PTR(p, &exe_sym);
  CHECK_EQ_INT(*p, 55);
  if (other) CHECK_NE_PTR(p, other);
  exe_sym += 1;
  return p;
}

int main(void) {
  pthread_t t;
  void *mine = probe(NULL);
  CHECK_EQ_INT(pthread_create(&t, NULL, probe, mine), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("dlsym(RTLD_DEFAULT) on the executable's TLS: per thread\n");
  return 0;
}
