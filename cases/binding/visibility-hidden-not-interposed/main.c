#include "check.h"

const char *lib_calls_who(void);

const char *who(void) { return "exe"; }   /* would interpose a default-visibility who */

int main(void) {
  printf("exe: %s, lib: %s\n", who(), lib_calls_who());
  return 0;
}
