#include <stdio.h>

extern int lib_ready;

int main(void)
{
  printf("ready=%d\n", lib_ready);
  return 0;
}
