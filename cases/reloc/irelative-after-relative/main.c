#include "check.h"

int lib_pick(void);

int main(void) {
  printf("pick=%d\n", lib_pick());   /* impl_two, chosen from the relocated pointer */
  return 0;
}
