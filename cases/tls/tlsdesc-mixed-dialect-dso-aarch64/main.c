#include <pthread.h>
#include "check.h"

int a_step(void);
int b_step(void);

static void run(const char *who) {
  int a = a_step();           /* a_pub 101, a_own 2 -> 1012 */
  int b = b_step();           /* b_pub 201, b_own 6 -> 2016 */
  printf("%s: a=%d b=%d\n", who, a, b);
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
