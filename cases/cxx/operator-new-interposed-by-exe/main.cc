#include <cstdio>
#include <cstdlib>
#include <new>

static int news, deletes;

void *operator new(std::size_t n) {
  ++news;
  void *p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  return p;
}
void operator delete(void *p) noexcept { ++deletes; std::free(p); }
void operator delete(void *p, std::size_t) noexcept { ++deletes; std::free(p); }

int *lib_alloc(int v);
void lib_free(int *p);

int main() {
  int n0 = news, d0 = deletes; /* the runtime may allocate before main: count only the DSO's */
  int *p = lib_alloc(9);
  int r = *p;
  lib_free(p);
  std::printf("lib new+delete seen by exe: new=%d delete=%d\n", news - n0, deletes - d0);
  return r == 9 ? 0 : 1;
}
