#include "check.h"

int call_missing(void);

int main(void) {
  puts("reached main");
  fflush(stdout);          /* ld.so's fatal error exits without flushing stdio */
  return call_missing();
}
