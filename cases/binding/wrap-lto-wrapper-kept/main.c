#include "check.h"

int run_parser(void);

/* Referenced only through the wrapped call in lib.c: the LTO IR of main.c
 * shows no reference to it, the linker must still keep it. */
int __wrap_parse_line(void) { return 7; }

int main(void) {
  CHECK_EQ_INT(run_parser(), 7);
  printf("%d\n", run_parser());
  return 0;
}
