#include <stdint.h>
#include "check.h"

int *table_addr(void);

int main(void) {
  int *t = table_addr();
  CHECK_EQ_INT(t[2], 33);
  CHECK_MSG(((uintptr_t)t & (262144 - 1)) == 0, "aligned_table at %p", (void *)t);
  puts("aligned_table is 256 KiB aligned");
  return 0;
}
