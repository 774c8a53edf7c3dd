#include <cstdio>
#include <pthread.h>
#include "tlv.h"
#include "check.h"

static int thread_v;
static void *worker(void *) {
  thread_v = tl_counter.v; /* the executable's _ZTW10tl_counter: first use in this thread */
  return nullptr;
}

int main() {
  int v = tl_counter.v; /* first odr-use in main: the DSO's _ZTH must run before the read */
  bool same = &tl_counter == lib_counter_addr();
  int c1 = lib_ctors();
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, nullptr, worker, nullptr), 0);
  pthread_join(t, nullptr);
  std::printf("main: v=%d same-object=%s ctors=%d; thread: v=%d ctors=%d; main again: v=%d\n", v, same ? "yes" : "no",
              c1, thread_v, lib_ctors(), tl_counter.v);
  return 0;
}
