#include <stdio.h>

int one(int v);
int two(int v);

int main(void)
{
  printf("%d\n", one(10) + two(20));
  return 0;
}
