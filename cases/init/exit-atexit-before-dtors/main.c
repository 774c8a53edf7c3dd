#include "check.h"
int lib_register(void);
static void handler(void) { puts("main handler"); }
__attribute__((destructor)) static void main_dtor(void) { puts("main dtor"); }
int main(void) {
  CHECK_EQ_INT(atexit(handler), 0);
  CHECK_EQ_INT(lib_register(), 0);
  puts("main end");
  return 0;
}
