#include <stdio.h>

int lib_sum(int n);

int main(void)
{
  printf("%d\n", lib_sum(4));
  return 0;
}
