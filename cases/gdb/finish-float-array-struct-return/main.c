#include <stdio.h>
#include "pair.h"

int main(void)
{
  struct dpair p = lib_make_pair(2.5);
  printf("%.1f %.1f\n", p.d[0], p.d[1]);
  return 0;
}
