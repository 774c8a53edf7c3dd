#include "check.h"
int dep_fn(void);
int main(void) {
  CHECK_EQ_INT(dep_fn(), 7);
  puts("dep loaded through $ORIGIN/libdep.so");
  return 0;
}
