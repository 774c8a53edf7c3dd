#include <pthread.h>
#include "check.h"

__thread int counter = 30;          /* the executable's own TLS */
static __thread int hidden_count;   /* a local symbol: the LD case */

static int bump(int by) { counter += by; hidden_count += 1; return counter * 10 + hidden_count; }

static void *thread_fn(void *arg) { (void)arg; printf("thread: %d\n", bump(5)); return NULL; }

int main(void) {
  pthread_t t;
  printf("main: %d\n", bump(1));
  fflush(stdout);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("main again: %d\n", bump(1));
  return 0;
}
