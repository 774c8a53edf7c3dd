#include "check.h"

extern int counter;
int lib_get(void);
void lib_set(int v);
int *lib_addr(void);

int main(void) {
  printf("initial: exe=%d lib=%d\n", counter, lib_get());
  counter = 20;
  printf("after exe write: exe=%d lib=%d\n", counter, lib_get());
  lib_set(30);
  printf("after lib write: exe=%d lib=%d\n", counter, lib_get());
  printf("same object: %s\n", lib_addr() == &counter ? "yes" : "no");
  return 0;
}
