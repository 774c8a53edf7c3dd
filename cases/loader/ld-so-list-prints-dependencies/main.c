#include <stdio.h>

int dep_value(void);

int main(void) {
  printf("main ran: %d\n", dep_value());
  return 0;
}
