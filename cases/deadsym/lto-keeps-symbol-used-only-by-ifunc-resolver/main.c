#include "check.h"

int add2(int);

int main(void) {
  printf("add2(40) = %d\n", add2(40));
  return 0;
}
