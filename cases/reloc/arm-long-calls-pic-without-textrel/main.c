#include "check.h"

int call_ext(int x);

int main(void) {
  printf("call_ext(41) = %d\n", call_ext(41));
  return 0;
}
