#include <stdio.h>

int lib_add(int a, int b);
int lib_sub(int a, int b);

int main(void)
{
  printf("%d\n", lib_add(1, 2) + lib_sub(5, 4));
  return 0;
}
