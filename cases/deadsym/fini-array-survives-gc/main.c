#include "check.h"

void lib_touch(void);

int main(void) {
  lib_touch();
  printf("main returns\n");
  return 0;
}
