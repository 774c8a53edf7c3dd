#include <pthread.h>
#include "check.h"

extern __attribute__((tls_model("initial-exec"))) __thread int gd;
__attribute__((tls_model("local-exec"))) static __thread int le = 4;
int *gd_addr(void);
void lib_bump(void);
int ld_value(void);
int ie_value(void);

static void run(const char *who) {
  CHECK_EQ_PTR(&gd, gd_addr());   /* the exe's IE access finds the DSO's GD variable */
  lib_bump();
  le += 4;
  gd += 10;
  printf("%s: gd=%d ld=%d ie=%d le=%d\n", who, *gd_addr(), ld_value(), ie_value(), le);
  fflush(stdout);
}

static void *thread_fn(void *arg) { (void)arg; run("thread"); return NULL; }

int main(void) {
  pthread_t t;
  run("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
