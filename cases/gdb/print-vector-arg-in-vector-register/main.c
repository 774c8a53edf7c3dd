#include <stdio.h>
#include "v4si.h"

int main(void)
{
  v4si a = { 1, 2, 3, 4 }, b = { 10, 20, 30, 40 };
  v4si r = lib_vadd(a, b);
  printf("%d %d %d %d\n", r[0], r[1], r[2], r[3]);
  return 0;
}
