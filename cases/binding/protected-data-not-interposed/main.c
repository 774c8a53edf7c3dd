#include "check.h"

int lib_level(void);

int level = 2;   /* same name as libprot.so's protected level; main never uses libprot's */

int main(void) {
  level = 3;
  printf("exe: %d, lib: %d\n", level, lib_level());
  return 0;
}
