#include "check.h"

const char *pick(void);
int a_linked(void);

int main(void) {
  CHECK_EQ_INT(a_linked(), 1);
  printf("%s\n", pick());
  return 0;
}
