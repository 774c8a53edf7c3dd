#include "check.h"

int first_linked(void);
int plain_linked(void);

int main(void) {
  printf("main %d\n", first_linked() + plain_linked());
  return 0;
}
