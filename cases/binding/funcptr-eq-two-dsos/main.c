#include "check.h"

typedef int fn_t(int);
int target(int);
fn_t *def_addr(void);
fn_t *use_addr(void);
extern fn_t *const use_ptr;

int main(void) {
  fn_t *mine = target;   /* non-PIE: the executable's canonical PLT entry */
  CHECK(mine == def_addr());
  CHECK(mine == use_addr());
  CHECK(mine == use_ptr);
  CHECK(def_addr() == use_addr());
  printf("%d\n", mine(21));
  return 0;
}
