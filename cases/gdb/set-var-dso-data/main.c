#include <stdio.h>

int lib_scaled(int v);

int main(void)
{
  int r = lib_scaled(7);
  printf("r=%d\n", r);
  return 0;
}
