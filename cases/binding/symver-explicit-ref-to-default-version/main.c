/* main pins its reference to scale@VER_2 with .symver, naming the version that
 * happens to be the library's default one: the reference binds to scale@@VER_2. */
#include "check.h"

int scale(int);
__asm__(".symver scale, scale@VER_2");

int main(void) {
  CHECK_EQ_INT(scale(14), 42);
  return 0;
}
