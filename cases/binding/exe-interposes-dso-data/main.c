#include "check.h"

int lib_get_level(void);
void lib_set_level(int);

int level = 2;   /* interposes liblevel.so's level (initial value 1) */

int main(void) {
  int seen = lib_get_level();
  lib_set_level(7);
  printf("lib sees %d, exe sees %d\n", seen, level);
  return 0;
}
