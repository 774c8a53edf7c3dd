#include "check.h"
int runtime_start(void);
int main(void) {
  printf("runtime init count %d\n", runtime_start());
  return 0;
}
