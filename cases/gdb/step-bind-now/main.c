#include <stdio.h>

int lib_add(int a, int b);

int main(void)
{
  int x = 2;
  int r = lib_add(x, 3);
  printf("r=%d\n", r);
  return 0;
}
