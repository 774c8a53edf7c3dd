#include <stdio.h>

int aux_value(void);
int aux2_value(void);

int main(void) {
  printf("aux_value=%d aux2_value=%d\n", aux_value(), aux2_value());
  return 0;
}
