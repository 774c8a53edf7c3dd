#include <stdio.h>

int dbg_fn(int n);
int nodbg_fn(int n);

int main(void)
{
  printf("%d\n", dbg_fn(1) + nodbg_fn(1));
  return 0;
}
