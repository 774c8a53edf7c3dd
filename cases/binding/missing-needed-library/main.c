#include "check.h"

int gone(void);

int main(void) {
  printf("gone=%d\n", gone());
  return 0;
}
