#include "check.h"
int top_value(void);
__attribute__((destructor)) static void main_dtor(void) { puts("main dtor"); }
int main(void) {
  printf("main %d\n", top_value());
  return 0;
}
