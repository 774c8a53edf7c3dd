#include "check.h"
int top_fn(void);
__attribute__((constructor)) static void main_ctor(void) { puts("main ctor"); }
int main(void) {
  puts("main");
  return top_fn() - 1;
}
