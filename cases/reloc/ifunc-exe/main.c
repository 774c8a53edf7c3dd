#include "check.h"

static int resolver_calls;

static int impl_double(int x) { return 2 * x; }

/* Keep the resolver simple: it runs while ld.so relocates the executable. */
/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_exe_fn(void))(int) {
  resolver_calls++;
  return impl_double;
}

int exe_fn(int x) __attribute__((ifunc("resolve_exe_fn")));

int main(void) {
  /* An ifunc defined in the executable is bound through an IRELATIVE
   * relocation, which is applied at start-up even when binding lazily. */
  CHECK_EQ_INT(resolver_calls, 1);
  int a = exe_fn(10), b = exe_fn(11);
  printf("%d %d calls=%d\n", a, b, resolver_calls);
  return 0;
}
