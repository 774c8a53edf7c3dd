#include <stdio.h>

int lib_scale(int v);

int main(void)
{
  printf("%d\n", lib_scale(4));
  return 0;
}
