#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static void (*register_dtor)(int *);
static int arg = 9;

static void *thread_fn(void *unused) {
  (void)unused;
  register_dtor(&arg);
  return NULL;                        /* the destructor runs here, DSO still open */
}

int main(void) {
  pthread_t t;
  void *h = dlopen("libdtor.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&register_dtor = dlsym(h, "register_dtor");
  const char *(*dtor_log)(void);
  *(void **)&dtor_log = dlsym(h, "dtor_log");
  CHECK(register_dtor && dtor_log);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("%s\n", dtor_log());
  CHECK_EQ_INT(dlclose(h), 0);
  /* the destructor already ran: dlclose really unloads */
  CHECK_NULL(dlopen("libdtor.so", RTLD_NOW | RTLD_NOLOAD));
  printf("after dlclose: unloaded\n");
  return 0;
}
