#include <cstdio>
#include "reg.h"
/* The executable itself does not instantiate registry<long>: only the two -Bsymbolic DSOs define it. */
int main() {
  int *pa = a_bump(), *pb = b_bump();
  std::printf("a==b: %s, count=%d\n", pa == pb ? "yes" : "no", *pb);
  return 0;
}
