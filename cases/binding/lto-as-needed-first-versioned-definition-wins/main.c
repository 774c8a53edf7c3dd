#include "check.h"

void bar(void);
int other(void);

int main(void) {
  /* libfirst.so comes first on the link line and defines bar: it is needed and
   * bar binds there ("first"), as it does without -flto. */
  bar();
  CHECK_EQ_INT(other(), 7);
  return 0;
}
