#include "check.h"

int result(void);

int main(void) {
  printf("ctor=%d thread=%d\n", result() / 1000, result() % 1000);
  return 0;
}
