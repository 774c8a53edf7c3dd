#include <stdio.h>

void lib_tls_bump(void);

int main(void)
{
  lib_tls_bump();
  printf("bumped\n");
  return 0;
}
