#include "check.h"

int shared_value = 42;
int *addr_of_value(void);

int main(void) {
  CHECK_EQ_PTR(addr_of_value(), &shared_value);
  CHECK_EQ_INT(*addr_of_value(), 42);
  return 0;
}
