#include "check.h"

/* Both names are also defined (and exported) here. */
int hook(void) { return 3; }
int helper(void) { return 4; }

int lib_call_both(void);

int main(void) {
  /* hook: the executable's definition interposes (3); helper: -Bsymbolic binds the
     library's own (2). */
  printf("%d\n", lib_call_both());
  return 0;
}
