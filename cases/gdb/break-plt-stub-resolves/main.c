#include <stdio.h>

int lib_add(int a, int b);

int main(void)
{
  int r = lib_add(2, 3);
  printf("r=%d\n", r);
  return 0;
}
