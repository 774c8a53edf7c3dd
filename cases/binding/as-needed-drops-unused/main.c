#include "check.h"

const char *used(void);

int main(void) {
  printf("%s\n", used());   /* nothing from libunused.so is referenced */
  return 0;
}
