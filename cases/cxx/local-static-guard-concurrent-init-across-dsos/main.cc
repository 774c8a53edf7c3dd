#include <cstdio>
#include <pthread.h>
#include "value.h"
#include "check.h"

static pthread_barrier_t start;
static int *pa, *pb;
static int va, vb;

static void *run_a(void *) {
  pthread_barrier_wait(&start);
  pa = a_get();
  va = *pa;
  return nullptr;
}
static void *run_b(void *) {
  pthread_barrier_wait(&start);
  pb = b_get();
  vb = *pb;
  return nullptr;
}

int main() {
  pthread_barrier_init(&start, nullptr, 2);
  pthread_t ta, tb;
  CHECK_EQ_INT(pthread_create(&ta, nullptr, run_a, nullptr), 0);
  CHECK_EQ_INT(pthread_create(&tb, nullptr, run_b, nullptr), 0);
  pthread_join(ta, nullptr);
  pthread_join(tb, nullptr);
  std::printf("initialiser ran %d time(s); thread a read %d, thread b read %d; same object: %s\n", init_calls(), va, vb,
              pa == pb ? "yes" : "no");
  return 0;
}
