#include <stdio.h>

char *lib_loc(void);

int main(void)
{
  printf("%c\n", *lib_loc());
  return 0;
}
