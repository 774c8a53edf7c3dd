#include "check.h"

int api(void);

int main(void) {
  printf("api=%d\n", api());
  return 0;
}
