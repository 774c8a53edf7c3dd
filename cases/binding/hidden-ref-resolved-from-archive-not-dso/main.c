/* main's reference to pick_impl is hidden: it must be resolved inside the
 * executable. libshared.so's definition cannot satisfy it, so the linker has
 * to take the definition from libarchived.a, though the DSO is seen first. */
#include "check.h"

__attribute__((visibility("hidden"))) int pick_impl(void);

int main(void) {
  CHECK_EQ_INT(pick_impl(), 1);
  return 0;
}
