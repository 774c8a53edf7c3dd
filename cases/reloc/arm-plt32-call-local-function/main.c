#include "check.h"

int call_add_one(int);

int main(void) {
  CHECK_EQ_INT(call_add_one(41), 42);
  return 0;
}
