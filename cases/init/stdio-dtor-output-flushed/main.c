#include "check.h"
int io_fn(void);
int main(void) {
  CHECK_EQ_INT(io_fn(), 1);
  printf("main;");
  return 0;
}
