#include "bar.h"

int lib_bar(int n)
{
  return bar(n);
}
