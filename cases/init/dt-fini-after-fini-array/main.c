#include "check.h"
int lib_fn(void);
int main(void) {
  CHECK_EQ_INT(lib_fn(), 1);
  puts("main");
  return 0;
}
