#include <stdio.h>

double lib_half(double v);

int main(void)
{
  double h = lib_half(5.0);
  printf("%.2f\n", h);
  return 0;
}
