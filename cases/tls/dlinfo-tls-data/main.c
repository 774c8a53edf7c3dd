#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void *tls, *plain;
static int *(*var_addr)(void);

/* RTLD_DI_TLS_DATA: the calling thread's block of the module, or NULL while that thread
   has none; lib_var is the module's only variable, so the block starts at it. */
static void *probe(void *arg) {
  void *block = (void *)1;
  CHECK_EQ_INT(dlinfo(tls, RTLD_DI_TLS_DATA, &block), 0);
  int *v = dlsym(tls, "lib_var");       /* this thread's instance (allocates it if needed) */
  CHECK_NOT_NULL(v);
  CHECK_EQ_PTR(v, var_addr());
  if (block != NULL) CHECK_EQ_PTR(block, v);
  CHECK_EQ_INT(dlinfo(tls, RTLD_DI_TLS_DATA, &block), 0);
  CHECK_EQ_PTR(block, v);
  CHECK_EQ_INT(*(int *)block, 3);
  if (arg) CHECK_NE_PTR(block, arg);    /* another thread, another block */
  void *none = (void *)1;
  CHECK_EQ_INT(dlinfo(plain, RTLD_DI_TLS_DATA, &none), 0);
  CHECK_NULL(none);
  return block;
}

int main(void) {
  pthread_t t;
  tls = dlopen("libtls.so", RTLD_NOW);
  plain = dlopen("libnotls.so", RTLD_NOW);
  CHECK_MSG(tls && plain, "%s", dlerror());
  *(void **)&var_addr = dlsym(tls, "var_addr");
  CHECK_NOT_NULL(var_addr);
  void *main_block = probe(NULL);
  CHECK_EQ_INT(pthread_create(&t, NULL, probe, main_block), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("TLS data per thread ok; no PT_TLS -> NULL\n");
  return 0;
}
