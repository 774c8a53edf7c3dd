#include <stdio.h>

void lib_printf(int n) { printf("dso %d ", n); }
void lib_puts(void) { puts("dso-puts"); }
void lib_putchar(int c) { putchar(c); }
void lib_line(int n) { fprintf(stdout, "dso %d\n", n); }
