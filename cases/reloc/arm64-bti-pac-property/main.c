#include "check.h"

int bti_a(int x);

int main(void) {
  int (*volatile fp)(int) = bti_a;   /* indirect call: lands on a BTI c pad */
  printf("%d %d\n", bti_a(4), fp(5));
  return 0;
}
