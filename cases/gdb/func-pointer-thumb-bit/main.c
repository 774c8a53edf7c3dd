#include <stdio.h>

int lib_add(int a, int b);
extern int (*lib_add_ptr)(int, int);

int (*exe_ptr)(int, int) = lib_add;

int main(void)
{
  printf("equal=%d\n", exe_ptr == lib_add_ptr);
  return 0;
}
