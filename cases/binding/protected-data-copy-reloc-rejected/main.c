#include "check.h"

extern int counter;
int *lib_counter_addr(void);

int main(void) {
  /* A copy relocation would give main its own counter: two objects for one name. */
  CHECK_EQ_PTR(&counter, lib_counter_addr());
  printf("%d\n", counter);
  return 0;
}
