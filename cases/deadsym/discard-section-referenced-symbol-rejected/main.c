#include "check.h"

int helper(void);

int main(void) {
  /* helper's only definition lives in a section the linker script discards. */
  printf("helper=%d\n", helper());
  return 0;
}
