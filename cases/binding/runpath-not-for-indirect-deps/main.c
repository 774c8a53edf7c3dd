#include "check.h"

const char *mid(void);

int main(void) {
  printf("%s\n", mid());
  return 0;
}
