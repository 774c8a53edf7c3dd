#include "check.h"
const char *lib1_seen(void);
const char *x_init_hook(void) { return "main"; }
int main(void) {
  printf("lib1 ctor called %s's hook\n", lib1_seen());
  return 0;
}
