#include "check.h"

/* GCC's x86-64 PIE code reads `table` with a PC-relative load and counts on the
   linker making a copy in the executable; -z nocopyreloc forbids the copy. */
extern int table[4];

int main(void) {
  int sum = 0;
  for (int i = 0; i < 4; i++) sum += table[i];
  printf("sum=%d\n", sum);
  return 0;
}
