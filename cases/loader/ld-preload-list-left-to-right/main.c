#include <stdio.h>

const char *who(void);
const char *only_a(void);
const char *only_b(void);

int main(void) {
  printf("who=%s only_a=%s only_b=%s\n", who(), only_a(), only_b());
  return 0;
}
