#include "check.h"

extern int table[4];
int lib_sum(void);
int *lib_table(void);

int main(void) {
  CHECK_EQ_INT(table[3], 4);          /* the copy holds the DSO's initial values */
  CHECK_EQ_PTR(lib_table(), table);   /* one object, seen from both sides */
  table[0] = 100;                     /* written by the executable ... */
  printf("sum=%d\n", lib_sum());      /* ... read by the DSO: 100+2+3+4 */
  return 0;
}
