#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int ready;
static void *runtime_init(void *arg) {
  (void)arg;
  puts("thread: runtime init");
  return (void *)42;
}
__attribute__((constructor)) static void thr_ctor(void) {
  pthread_t t;
  void *res;
  puts("ctor: start");
  if (pthread_create(&t, NULL, runtime_init, NULL) != 0) exit(2);
  if (pthread_join(t, &res) != 0) exit(3);
  ready = (int)(long)res;
  printf("ctor: joined, result %d\n", ready);
}
