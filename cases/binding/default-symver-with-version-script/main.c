#include "check.h"

int lib_answer(void);

int main(void) {
  CHECK_EQ_INT(lib_answer(), 42);
  return 0;
}
