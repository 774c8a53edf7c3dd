#include <stdio.h>

int lib_square(int v);

int main(void)
{
  printf("%d\n", lib_square(7));
  return 0;
}
