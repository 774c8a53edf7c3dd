#include <pthread.h>
#include <unistd.h>
#include "check.h"
int lib_fn(void);

/* A second thread still alive at exit: the process is multithreaded, so the
   C library really takes its locks (musl skips them while single-threaded). */
static void *idle(void *arg) {
  (void)arg;
  for (;;) pause();
  return NULL;
}

int main(void) {
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, idle, NULL), 0);
  CHECK_EQ_INT(lib_fn(), 7);
  (void)!write(1, "main returns\n", 13);
  return 0;
}
