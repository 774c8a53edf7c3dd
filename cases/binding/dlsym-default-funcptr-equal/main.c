#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef int fn_t(int);
int target(int);
fn_t *def_addr(void);

int main(void) {
  fn_t *mine = target;   /* non-PIE: the executable's canonical PLT entry */
  fn_t *found = (fn_t *)dlsym(RTLD_DEFAULT, "target");
  CHECK_NOT_NULL(found);
  CHECK(found == mine);          /* dlsym must agree with the C address ... */
  CHECK(found == def_addr());    /* ... and with the definer's */
  printf("%d\n", found(21));
  return 0;
}
