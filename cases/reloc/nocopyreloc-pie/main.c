#include "check.h"

/* PIE code reaches `table` through a GOT entry, so -z nocopyreloc costs
   nothing: no copy, and the executable sees the DSO's own initialised data. */
extern int table[4];
int *lib_table(void);

int main(void) {
  int sum = 0;
  for (int i = 0; i < 4; i++) sum += table[i];
  CHECK_EQ_PTR(table, lib_table());   /* one object, the DSO's */
  printf("sum=%d\n", sum);
  return 0;
}
