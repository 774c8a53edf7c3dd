#include "check.h"

/* Every slot holds a link-time address that a PIE must relocate by its load
 * base; with -z pack-relative-relocs ld encodes these as a DT_RELR bitmap.
 * External linkage keeps gcc from folding the tables away. */
const char *names[] = {"alpha", "beta", "gamma"};
int answer = 42;
int *answer_ptr = &answer;
static int twice(int x) { return 2 * x; }
int (*ops[])(int) = {twice};

int main(void) {
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
    printf("%s%s", i ? "," : "", names[i]);
  printf(" %d %d\n", *answer_ptr, ops[0](21));
  return 0;
}
