#include "check.h"
int first_fn(void);
int second_fn(void);
int main(void) {
  CHECK_EQ_INT(first_fn() + second_fn(), 2);
  puts("main");
  return 0;
}
