#include <stdio.h>

unsigned __int128 lib_make128(unsigned long hi, unsigned long lo);

int main(void)
{
  unsigned __int128 v = lib_make128(3, 7);
  printf("hi=%lu lo=%lu\n", (unsigned long)(v >> 64), (unsigned long)v);
  return 0;
}
