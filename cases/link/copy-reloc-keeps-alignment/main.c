#include "check.h"
/* Non-PIC reference: the executable holds the copy.  Declared without the
 * alignment, so the compiler cannot assume it: only the linker's placement of
 * the copy can make it 64-byte aligned. */
extern int aligned_table[8];
int lib_sum(void);

int main(void) {
  int *volatile addr = aligned_table;
  CHECK_ALIGNED(addr, 64);
  aligned_table[7] = 80;          /* the library sees the copy: 28 + 80 */
  printf("sum=%d\n", lib_sum());
  return 0;
}
