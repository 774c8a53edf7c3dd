#include "check.h"
extern int outer_ok;
int main(void) {
  CHECK_EQ_INT(outer_ok, 1);
  puts("main");
  return 0;
}
