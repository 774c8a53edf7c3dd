#include <stdio.h>

int first(int n);

int main(void)
{
  printf("v=%d\n", first(1));
  return 0;
}
