#include "check.h"

int branch_to_addend(void);

int main(void) {
  /* The branch is taken (0 == 0) and lands on "movs r0, #42; bx lr". A branch
   * that lost its addend would land on "bx lr" and return 0. */
  CHECK_EQ_INT(branch_to_addend(), 42);
  return 0;
}
