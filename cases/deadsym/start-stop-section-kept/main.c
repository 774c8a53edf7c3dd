#include "check.h"

int registry_count(void);
int registry_sum(void);

int main(void) {
  printf("entries=%d sum=%d\n", registry_count(), registry_sum());
  return 0;
}
