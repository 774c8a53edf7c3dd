/* The first call goes through an unresolved PLT slot. A lazy resolver may
 * clobber x9-x15/d20, so the loader must bind variant-PCS symbols at load
 * time: it does so when the executable has DT_AARCH64_VARIANT_PCS. */
#include "check.h"

long call_sum_scratch(long v);

int main(void) {
  CHECK_EQ_INT(call_sum_scratch(12345), 8 * 12345);   /* first call: via the resolver, if lazy */
  CHECK_EQ_INT(call_sum_scratch(678), 8 * 678);
  return 0;
}
