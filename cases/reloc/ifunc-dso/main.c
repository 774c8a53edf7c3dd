#include "check.h"

int lib_fn(int);
int lib_resolver_calls(void);

int main(void) {
  /* main's only reference to lib_fn is one PLT slot (JUMP_SLOT). */
#ifdef BIND_now
  CHECK_EQ_INT(lib_resolver_calls(), 1);   /* resolved while loading */
#else
  CHECK_EQ_INT(lib_resolver_calls(), 0);   /* lazy: not until the first call */
#endif
  int a = lib_fn(10), b = lib_fn(11);
  printf("%d %d calls=%d\n", a, b, lib_resolver_calls());
  return 0;
}
