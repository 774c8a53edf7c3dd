/* main pins its reference to foo@VERSION. Only libversioned.so defines that
 * version, so the link must succeed and record foo@VERSION. At run time
 * glibc's lookup (and musl's, which ignores versions) meets libplain.so
 * first; an unversioned (base) definition may satisfy a versioned reference
 * (glibc elf/dl-lookup.c check_match), so libplain.so's foo is the one called. */
#include "check.h"

int foo(void);
__asm__(".symver foo, foo@VERSION");

int main(void) {
  CHECK_EQ_INT(foo(), 1);
  return 0;
}
