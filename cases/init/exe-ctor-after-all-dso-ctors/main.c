#include "check.h"
extern int a_ready, b_ready;
static int seen_a = -1, seen_b = -1;
__attribute__((constructor)) static void main_ctor(void) { seen_a = a_ready; seen_b = b_ready; }
int main(void) {
  printf("main ctor saw a=%d b=%d\n", seen_a, seen_b);
  return 0;
}
