#include "check.h"

extern int external_var;
extern int *p;

int main(void) {
  CHECK_EQ_PTR(p, &external_var);
  *p = 5;
  printf("external_var=%d\n", external_var);
  return 0;
}
