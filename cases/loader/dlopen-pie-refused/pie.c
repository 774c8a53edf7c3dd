#include <stdio.h>

int pie_value(void) { return 4; }

int main(void) {
  printf("%d\n", pie_value());
  return 0;
}
