#include <stdio.h>
#include <string.h>
#include "check.h"

int add(int a, int b);
int multiply(int a, int b);
int square(int a);
int cube(int a);
int sum_table(const int *v, int n);

static const int table[] = {1, 2, 3, 4, 5};

static const char *name_of(int x) {
  static const char *names[] = {"zero", "one", "two", "three"};
  return x >= 0 && x < 4 ? names[x] : "many";
}

int main(void) {
  char buf[32];
  CHECK_EQ_INT(multiply(2, 3), 6);
  CHECK_EQ_INT(square(3), 9);
  CHECK_EQ_INT(cube(2), 8);
  CHECK_EQ_INT(sum_table(table, 5), 15);
  strcpy(buf, name_of(2));
  CHECK(strcmp(buf, "two") == 0);
  CHECK_NOT_NULL(name_of(7));
  CHECK_EQ_INT(add(2, 2), 4);
  printf("sum=%d product=%d table=%d\n", add(2, 2), multiply(2, 3), sum_table(table, 5));
  return 0;
}
