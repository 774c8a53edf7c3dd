#include <stdio.h>

int get_value(void);

int main(void) {
  int sum = 0;
  for (int i = 0; i < 3; i++)
    sum += get_value();   /* a PLT call each time */
  printf("sum=%d\n", sum);
  return 0;
}
