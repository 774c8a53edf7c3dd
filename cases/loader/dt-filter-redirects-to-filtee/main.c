#include <stdio.h>

int filtered_value(void);

int main(void) {
  printf("filtered_value=%d\n", filtered_value());
  return 0;
}
