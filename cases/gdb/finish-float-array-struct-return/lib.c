#include "pair.h"

struct dpair lib_make_pair(double base)
{
  struct dpair p = { { base, base + 1.0 } };
  return p;
}
