#include "check.h"

int cet_a(int x);

int main(void) {
  int (*volatile fp)(int) = cet_a;   /* indirect call: lands on an endbr64 */
  printf("%d %d\n", cet_a(4), fp(5));
  return 0;
}
