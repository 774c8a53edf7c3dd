#include "check.h"

int mid_fn(int x);

int main(void) {
  printf("mid_fn(4)=%d\n", mid_fn(4));
  return 0;
}
