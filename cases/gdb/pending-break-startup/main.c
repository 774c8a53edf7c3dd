#include <stdio.h>

int lib_twice(int x);

int main(void)
{
  printf("r=%d\n", lib_twice(4));
  return 0;
}
