#include <stdio.h>

int lib_norm1(void);

int main(void)
{
  printf("%d\n", lib_norm1());
  return 0;
}
