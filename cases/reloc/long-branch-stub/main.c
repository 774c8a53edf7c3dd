#include "check.h"

int near_fn(int x);

int main(void) {
  int (*volatile fp)(int) = near_fn;
  printf("%d %d\n", near_fn(5), fp(7));    /* 5*3+1, 7*3+1 */
  return 0;
}
