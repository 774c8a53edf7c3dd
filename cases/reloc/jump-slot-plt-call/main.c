#include "check.h"

int use_bump_twice(void);

int main(void) {
  printf("calls=%d\n", use_bump_twice());   /* 1 + 2 */
  return 0;
}
