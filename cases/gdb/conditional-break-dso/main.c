#include <stdio.h>

int lib_add(int a, int b);

int main(void)
{
  int total = 0;
  for (int i = 0; i < 6; i++)
    total += lib_add(i, 10);
  printf("total=%d\n", total);
  return 0;
}
