#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

static long (*big_sum_then_mark)(int);
static int (*after_value)(void);

static void *use(void *arg) {
  int mark = (int)(long)arg;
  long fresh = big_sum_then_mark(mark);    /* 0: a new thread's .tbss is zero */
  long again = big_sum_then_mark(mark);    /* 2 * mark: its own first and last byte */
  printf("mark %d: fresh=%ld again=%ld after=%d\n", mark, fresh, again, after_value());
  fflush(stdout);
  return NULL;
}

int main(void) {
  void *h = dlopen("libbig.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&big_sum_then_mark = dlsym(h, "big_sum_then_mark");
  *(void **)&after_value = dlsym(h, "after_value");
  CHECK_NOT_NULL(big_sum_then_mark);
  CHECK_NOT_NULL(after_value);
  use((void *)1L);
  for (long m = 2; m <= 3; m++) {
    pthread_t t;
    CHECK_EQ_INT(pthread_create(&t, NULL, use, (void *)m), 0);
    CHECK_EQ_INT(pthread_join(t, NULL), 0);
  }
  return 0;
}
