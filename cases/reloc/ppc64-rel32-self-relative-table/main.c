#include "check.h"

const char target_a[] = "alpha";
const char target_b[] = "beta";
extern const int32_t rel_table[2];

int main(void) {
  /* Each entry holds target - &entry. */
  const char *a = (const char *)&rel_table[0] + rel_table[0];
  const char *b = (const char *)&rel_table[1] + rel_table[1];
  CHECK_EQ_PTR(a, target_a);
  CHECK_EQ_PTR(b, target_b);
  CHECK_EQ_STR(b, "beta");
  return 0;
}
