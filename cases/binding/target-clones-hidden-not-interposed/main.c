#include "check.h"

/* An unrelated function that happens to have the same name, exported. */
int impl(int x) { return x + 100; }
int call_impl(int x);

int main(void) {
  printf("lib: %d, exe: %d\n", call_impl(1), impl(1));
  return 0;
}
