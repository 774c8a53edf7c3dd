#include <cstdio>
#include <pthread.h>
#include "check.h"

extern "C" int lib_slot_id(void);
extern "C" void *lib_slot_addr(void);
extern "C" int lib_inits(void);

struct result { int id1, id2; void *addr; };
static pthread_barrier_t both_used;

static void *user(void *arg) {
  result *r = static_cast<result *>(arg);
  r->id1 = lib_slot_id();
  r->addr = lib_slot_addr();
  pthread_barrier_wait(&both_used); /* both threads alive: their TLS blocks cannot be reused */
  r->id2 = lib_slot_id();
  return nullptr;
}
static void *bystander(void *) { return nullptr; }

int main() {
  pthread_barrier_init(&both_used, nullptr, 2);
  result a{}, b{};
  pthread_t ta, tb, tc;
  CHECK_EQ_INT(pthread_create(&ta, nullptr, user, &a), 0);
  CHECK_EQ_INT(pthread_create(&tb, nullptr, user, &b), 0);
  CHECK_EQ_INT(pthread_create(&tc, nullptr, bystander, nullptr), 0);
  pthread_join(ta, nullptr);
  pthread_join(tb, nullptr);
  pthread_join(tc, nullptr);
  int lo = a.id1 < b.id1 ? a.id1 : b.id1, hi = a.id1 < b.id1 ? b.id1 : a.id1;
  int after = lib_inits();
  int main_id = lib_slot_id();
  std::printf("after threads: inits=%d ids={%d,%d} stable=%s distinct-objects=%s; main: id=%d inits=%d\n", after, lo,
              hi, a.id1 == a.id2 && b.id1 == b.id2 ? "yes" : "no", a.addr != b.addr ? "yes" : "no", main_id,
              lib_inits());
  return 0;
}
