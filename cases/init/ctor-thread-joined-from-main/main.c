#include <pthread.h>
#include "check.h"
extern pthread_t bg_thread;
extern pthread_barrier_t bg_barrier;
int main(void) {
  void *res;
  puts("main: begins");
  fflush(stdout);
  pthread_barrier_wait(&bg_barrier);
  CHECK_EQ_INT(pthread_join(bg_thread, &res), 0);
  printf("main: joined %d\n", (int)(long)res);
  return 0;
}
