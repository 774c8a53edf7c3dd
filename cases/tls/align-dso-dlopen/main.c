#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static char *(*tdata_addr)(void), *(*tbss_addr)(void);
static int (*others_ok)(void);

static void *check_fn(void *arg) {
  char *d = tdata_addr(), *b = tbss_addr();
  CHECK_ALIGNED(d, ALIGN);
  CHECK_ALIGNED(b, ALIGN);
  CHECK_EQ_INT(d[0], 42);
  CHECK_EQ_INT(b[0], 0);
  CHECK(others_ok());
  d[0] += 1; b[0] += 1;
  printf("%s: aligned\n", (const char *)arg);
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t early, late;
  void *h = dlopen("libalign.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&tdata_addr = dlsym(h, "tdata_addr");
  *(void **)&tbss_addr = dlsym(h, "tbss_addr");
  *(void **)&others_ok = dlsym(h, "others_ok");
  CHECK(tdata_addr && tbss_addr && others_ok);
  CHECK_EQ_INT(pthread_create(&early, NULL, check_fn, "thread 1"), 0);
  CHECK_EQ_INT(pthread_join(early, NULL), 0);
  check_fn("main");
  CHECK_EQ_INT(pthread_create(&late, NULL, check_fn, "thread 2"), 0);
  CHECK_EQ_INT(pthread_join(late, NULL), 0);
  return 0;
}
