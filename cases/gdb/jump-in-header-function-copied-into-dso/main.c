#include <stdio.h>

int lib_bar(int n);

#ifdef COPIES_both
#include "bar.h"                /* a second copy of bar, in the executable */
#endif

int main(void)
{
  int r = lib_bar(5);
#ifdef COPIES_both
  r += bar(1);
#endif
  printf("r=%d\n", r);
  return 0;
}
