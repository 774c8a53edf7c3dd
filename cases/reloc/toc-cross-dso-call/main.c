#include "check.h"

int get_a(int i);
int get_b(int i);

int main(void) {
  int (*volatile fp)(int) = get_b;   /* through a function pointer: global entry, r12 */
  int x = get_a(1);                  /* 1000 + 20 + 1 */
  int y = fp(2);                     /* 30 + 2 */
  int z = get_a(3);                  /* 1000 + 40 + 3 */
  printf("%d %d %d\n", x, y, z);
  return 0;
}
