#include "check.h"

const char *sel(void);

int main(void) {
  printf("%s\n", sel());
  return 0;
}
