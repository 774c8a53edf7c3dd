#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
pthread_t bg_thread;
pthread_barrier_t bg_barrier;
static void *background(void *arg) {
  (void)arg;
  pthread_barrier_wait(&bg_barrier);   /* main has printed "begins" */
  puts("thread: after barrier");
  return (void *)7;
}
__attribute__((constructor)) static void thr_ctor(void) {
  if (pthread_barrier_init(&bg_barrier, NULL, 2) != 0) exit(2);
  if (pthread_create(&bg_thread, NULL, background, NULL) != 0) exit(3);
  puts("ctor: started thread");
}
