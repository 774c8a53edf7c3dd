/* One function calls 10000 different DSO functions: 10000 PLT calls from a
 * single section, each of which the linker may route through a range
 * extension thunk (AArch64 BL, ppc64 bl, Arm BL). */
#include "check.h"
#include "rep.h"

extern int calls;

#define DECLARE(n) void f##n(void);
REP10000(DECLARE)

#define CALL(n) f##n();

int main(void) {
  REP10000(CALL)
  CHECK_EQ_INT(calls, 10000);
  return 0;
}
