#include "check.h"

typedef int fn_t(int);
int lib_func(int);
fn_t *lib_func_addr(void);
extern fn_t *const lib_func_ptr;

int main(void) {
  fn_t *mine = lib_func;  /* in a non-PIE this is the executable's canonical PLT entry */
  CHECK(mine == lib_func_addr());
  CHECK(mine == lib_func_ptr);
  printf("%d\n", mine(41));
  return 0;
}
