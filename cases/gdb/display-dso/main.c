#include <stdio.h>

void lib_count(void);

int main(void)
{
  lib_count();
  printf("counted\n");
  return 0;
}
