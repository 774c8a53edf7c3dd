#include "check.h"

int arm_calls_thumb(int x);
int thumb_calls_arm(int x);
int arm_add1(int x);
int thumb_twice(int x);

int main(void) {
  int (*volatile to_arm)(int) = arm_add1;
  int (*volatile to_thumb)(int) = thumb_twice;
  /* 6*100+6, 4*100+5, 10, 18 */
  printf("%d %d %d %d\n", arm_calls_thumb(3), thumb_calls_arm(3), to_arm(9), to_thumb(9));
  return 0;
}
