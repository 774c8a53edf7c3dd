#include "check.h"
int top_value(void);
__attribute__((constructor)) static void main_ctor(void) { puts("main ctor"); }
int main(void) {
  printf("main %d\n", top_value());
  return 0;
}
