#include <stdio.h>

long lib_parent(void);

int main(void) {
  printf("%d\n", lib_parent() > 0);
  return 0;
}
