#include "check.h"
extern int ready;
int main(void) {
  printf("main: ready=%d\n", ready);
  return 0;
}
