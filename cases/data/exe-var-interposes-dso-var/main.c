#include "check.h"

int config_level = 7;
int lib_level(void);
int *lib_addr(void);

int main(void) {
  CHECK_EQ_PTR(lib_addr(), &config_level);
  printf("dso sees %d\n", lib_level());
  config_level = 9;
  printf("dso sees %d\n", lib_level());
  return 0;
}
