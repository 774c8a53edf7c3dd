#include "check.h"

const char *lib_calls_who(void);

const char *who(void) { return "exe"; }   /* same name as libprot.so's protected who */

int main(void) {
  printf("exe: %s, lib: %s\n", who(), lib_calls_who());
  return 0;
}
