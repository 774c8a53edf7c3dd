#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *h;
static int *(*tls_sym_addr)(void);

/* dlsym on a TLS symbol returns the address of the calling thread's instance. */
static void *probe(void *other) {
  int *p = dlsym(h, "tls_sym");            /* may be this thread's first touch of the module */
  CHECK_NOT_NULL(p);
  CHECK_EQ_INT(*p, 77);                    /* initialised from the image */
  CHECK_EQ_PTR(p, tls_sym_addr());
  if (other) CHECK_NE_PTR(p, other);
  *p += 1;
  CHECK_EQ_INT(*tls_sym_addr(), 78);
  return p;
}

int main(void) {
  pthread_t t;
  h = dlopen("libsym.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&tls_sym_addr = dlsym(h, "tls_sym_addr");
  CHECK_NOT_NULL(tls_sym_addr);
  void *mine = probe(NULL);
  CHECK_EQ_INT(pthread_create(&t, NULL, probe, mine), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("dlsym gave each thread its own instance\n");
  return 0;
}
