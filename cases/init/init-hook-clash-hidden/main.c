#include "check.h"
const char *lib1_seen(void);
const char *lib2_seen(void);
int main(void) {
  printf("lib1 ctor called %s's hook\nlib2 ctor called %s's hook\n", lib1_seen(), lib2_seen());
  return 0;
}
