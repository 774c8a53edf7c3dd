/* libbar.so was linked with -z defs followed by
 * --unresolved-symbols=ignore-in-object-files: the later option wins, so the
 * link succeeds and foo stays an undefined dynamic symbol of libbar.so, bound
 * at load time to this executable's foo. */
#include "check.h"

int bar(void);
int foo(void) { return 41; }

int main(void) {
  CHECK_EQ_INT(bar(), 42);
  return 0;
}
