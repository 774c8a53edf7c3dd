#include "check.h"

/* Non-PIC code addresses `table` absolutely: without a copy in the executable
   the link has nothing to point that instruction at. */
extern int table[4];

int main(void) {
  int sum = 0;
  for (int i = 0; i < 4; i++) sum += table[i];
  printf("sum=%d\n", sum);
  return 0;
}
