#include "check.h"

const char *lib_calls_who(void);
int lib_level(void);

/* Same names as in libsymf.so. */
const char *who(void) { return "exe"; }
int level = 2;

int main(void) {
  printf("exe: who=%s level=%d; lib: who=%s level=%d\n", who(), level, lib_calls_who(), lib_level());
  return 0;
}
