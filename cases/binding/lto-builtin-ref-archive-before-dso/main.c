#include <stdio.h>

int main(void) {
  /* puts is a GCC builtin: a -flto object's IR symbol table does not list the
   * reference, although the code generated at link time calls it. */
  puts("main");
  return 0;
}
