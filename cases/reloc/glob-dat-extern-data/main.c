#include "check.h"

extern int counter;
int *use_addr(void);
int use_read(void);

int main(void) {
  CHECK_EQ_PTR(use_addr(), &counter);  /* GOT slot points at the one definition */
  counter = 7;
  printf("counter=%d\n", use_read());
  return 0;
}
