#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void (*register_dtor)(int *);
static pthread_barrier_t registered, closed;
static int arg = 7;

static void *thread_fn(void *unused) {
  (void)unused;
  register_dtor(&arg);
  pthread_barrier_wait(&registered);
  pthread_barrier_wait(&closed);      /* main has dlclose'd the DSO by now */
  return NULL;                        /* the destructor runs here */
}

int main(void) {
  pthread_t t;
  pthread_barrier_init(&registered, NULL, 2);
  pthread_barrier_init(&closed, NULL, 2);
  void *h = dlopen("libdtor.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&register_dtor = dlsym(h, "register_dtor");
  const char *(*dtor_log)(void);
  *(void **)&dtor_log = dlsym(h, "dtor_log");
  CHECK(register_dtor && dtor_log);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  pthread_barrier_wait(&registered);
  CHECK_EQ_INT(dlclose(h), 0);
  /* a pending TLS destructor keeps the DSO mapped */
  void *still = dlopen("libdtor.so", RTLD_NOW | RTLD_NOLOAD);
  CHECK_MSG(still != NULL, "DSO unloaded while a TLS destructor was pending");
  printf("after dlclose: still loaded\n");
  pthread_barrier_wait(&closed);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("%s\n", dtor_log());
  CHECK_EQ_INT(dlclose(still), 0);
  /* the destructor ran: nothing holds the DSO any more */
  CHECK_NULL(dlopen("libdtor.so", RTLD_NOW | RTLD_NOLOAD));
  printf("after last dlclose: unloaded\n");
  return 0;
}
