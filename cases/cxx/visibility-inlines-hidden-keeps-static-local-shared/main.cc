#include <cstdio>
#include "inl.h"
int main() {
  bool differ = lib_next_addr() != (void *)&Counter::next;
  int a = lib_next(), b = lib_next(), c = Counter::next();
  std::printf("&Counter::next: DSO and exe differ: %s; static local one object: %s; values %d,%d,%d\n",
              differ ? "yes" : "no", c == 3 ? "yes" : "no", a, b, c);
  return 0;
}
