#include "check.h"

void lib_printf(int n);
void lib_puts(void);
void lib_putchar(int c);
void lib_line(int n);

int main(void) {
  printf("exe 1 ");
  lib_printf(2);
  printf("exe 3 ");
  lib_puts();
  lib_putchar('|');
  printf("exe 5\n");
  lib_line(6);
  return 0;            /* exit() flushes the one buffer */
}
