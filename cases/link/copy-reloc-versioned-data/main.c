#include "check.h"
/* Non-PIC reference, linked against release 1: the executable gets a COPY
 * relocation against counter, versioned VDATA_1 in .gnu.version_r. */
extern int counter;

int main(void) {
  printf("counter=%d\n", counter);   /* the initializer copied at startup */
  return 0;
}
