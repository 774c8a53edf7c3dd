#include "check.h"

const char *dup(void);

int main(void) {
  printf("%s\n", dup());
  return 0;
}
