#include <stdio.h>

void lib_loop(void);

void lib_sink(int a, int b)
{
  printf("%d %d\n", a, b);
}

int main(void)
{
  lib_loop();
  return 0;
}
