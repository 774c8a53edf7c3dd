#include <stdio.h>

int asm_add3(int v);

int main(void)
{
  int r = asm_add3(4);
  printf("r=%d\n", r);
  return 0;
}
