#include <pthread.h>
#include "check.h"

extern __thread int lib_tdata, lib_tbss;
void lib_bump(void);
int lib_tdata_value(void);
int lib_hidden_value(void);

static void run(const char *who, int add) {
  CHECK_EQ_INT(lib_tdata, 42);
  CHECK_EQ_INT(lib_tbss, 0);
  lib_bump();
  lib_tdata += add;                          /* the exe writes the DSO's variable */
  CHECK_EQ_INT(lib_tdata_value(), lib_tdata); /* and the DSO sees the write */
  printf("%s: tdata=%d tbss=%d hidden=%d\n", who, lib_tdata, lib_tbss, lib_hidden_value());
  fflush(stdout);
}

static void *thread_fn(void *arg) { (void)arg; run("thread", 1000); return NULL; }

int main(void) {
  pthread_t t;
  run("main", 100);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("main again: tdata=%d tbss=%d hidden=%d\n", lib_tdata, lib_tbss, lib_hidden_value());
  return 0;
}
