#include <stdio.h>

int exe_value(void) { return 4; }

int main(void) {
  printf("%d\n", exe_value());
  return 0;
}
