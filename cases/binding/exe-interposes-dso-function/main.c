#include "check.h"

const char *lib_calls_who(void);

const char *who(void) { return "exe"; }   /* interposes libwho.so's who */

int main(void) {
  printf("main calls %s, lib calls %s\n", who(), lib_calls_who());
  return 0;
}
