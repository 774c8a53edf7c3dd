/* main (no -fpic) takes pick's address with an absolute/PC-relative reference;
 * pic.c takes it through the GOT. C requires both to be the same pointer. */
#include "check.h"

int pick(void);
int (*pick_via_got(void))(void);

int main(void) {
  int (*volatile direct)(void) = pick;
  int (*via_got)(void) = pick_via_got();
  CHECK_EQ_PTR((void *)direct, (void *)via_got);
  CHECK_EQ_INT(direct() + via_got(), 18);
  return 0;
}
