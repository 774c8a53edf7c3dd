#include "check.h"

int compute(int);

int main(void) {
  printf("compute(4)=%d\n", compute(4));   /* (4 + 1) * 10 */
  return 0;
}
