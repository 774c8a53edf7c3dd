#include "check.h"
/* Compiled against release 1: a non-PIC reference, so the executable holds an
 * 8-byte copy of grow_table made by a COPY relocation. */
extern int grow_table[2];
int lib_first(void);

int main(void) {
  printf("copy %d %d\n", grow_table[0], grow_table[1]);
  grow_table[0] = 100;          /* the library must see the executable's copy */
  printf("lib sees %d\n", lib_first());
  return 0;
}
