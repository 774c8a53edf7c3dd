#include "check.h"

int lib_ctor_attr_ran(void);
int lib_init_array_ran(void);

int main(void) {
  printf("constructor attribute ran: %d\n", lib_ctor_attr_ran());
  printf("hand-written .init_array entry ran: %d\n", lib_init_array_ran());
  return 0;
}
