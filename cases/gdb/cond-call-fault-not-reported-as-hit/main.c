#include <stdio.h>

int lib_work(int v);

int main(void)
{
  printf("%d\n", lib_work(1));
  return 0;
}
