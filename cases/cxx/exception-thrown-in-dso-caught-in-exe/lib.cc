#include "lib.h"

/* Three frames inside the DSO, then a throw: the executable's catch must be found through them. */
static int depth;

__attribute__((noinline)) static void level(int n) {
  depth++;
  if (n == 0)
    throw lib_error(42);
  level(n - 1);
}

void lib_fail(void) { level(2); }
int lib_depth(void) { return depth; }
