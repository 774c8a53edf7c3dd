#include "check.h"

int lib_get(void);
extern int value;

int main(void) {
  value = 7;                       /* the relocated pointer must reach this definition */
  printf("value=%d\n", lib_get());
  return 0;
}
