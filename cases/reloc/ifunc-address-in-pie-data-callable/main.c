#include "check.h"

static int impl(void) { return 42; }

/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_target(void))(void) { return impl; }

int target(void) __attribute__((ifunc("resolve_target")));

/* An initialized pointer to the ifunc in a PIE's writable data: the linker must
 * leave a dynamic relocation (IRELATIVE, or RELATIVE to a canonical PLT entry)
 * whose result is something callable that reaches impl. */
int (*fn_ptr)(void) = target;

int main(void) {
  CHECK_NOT_NULL((void *)fn_ptr);
  CHECK_EQ_INT(fn_ptr(), 42);
  CHECK_EQ_INT(target(), 42);
  printf("%d\n", fn_ptr());
  return 0;
}
