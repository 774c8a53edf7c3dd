#include "check.h"

const char *greet(void);

int main(void) {
  printf("%s\n", greet());
  return 0;
}
