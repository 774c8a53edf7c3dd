#include "check.h"
int needed_fn(void);
__attribute__((constructor)) static void main_ctor(void) { puts("main ctor"); }
int main(void) {
  CHECK_EQ_INT(needed_fn(), 1);
  puts("main");
  return 0;
}
