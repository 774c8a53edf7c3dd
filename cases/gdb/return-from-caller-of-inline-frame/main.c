#include <stdio.h>

extern int lib_count;
void lib_foo(void);

int main(void)
{
  lib_foo();
  printf("count=%d\n", lib_count);
  return 0;
}
