#include <stdio.h>

void lib_bump(void);

int main(void)
{
  lib_bump();
  lib_bump();
  printf("done\n");
  return 0;
}
