#include <cstdio>
#include "var.h"
int main() {
  std::printf("one object: %s, initialiser ran %d time(s), value=%d\n",
              lib_var_addr() == &the_var ? "yes" : "no", init_calls, the_var);
  return 0;
}
