#include "check.h"

int twice_base(void);

int main(void) {
  printf("twice_base=%d\n", twice_base());
  return 0;
}
