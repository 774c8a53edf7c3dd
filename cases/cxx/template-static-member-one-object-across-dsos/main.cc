#include <cstdio>
#include "reg.h"
int main() {
  int *pa = a_bump(), *pb = b_bump(), *pe = registry<long>::bump();
  std::printf("a==b: %s, a==exe: %s, count=%d\n", pa == pb ? "yes" : "no", pa == pe ? "yes" : "no",
              *pe);
  return 0;
}
