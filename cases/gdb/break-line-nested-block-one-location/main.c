#include <stdio.h>

extern int lib_seen;
void lib_one_liner(void);

int main(void)
{
  lib_one_liner();
  printf("seen=%d\n", lib_seen);
  return 0;
}
