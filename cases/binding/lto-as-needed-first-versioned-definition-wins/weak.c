#include <stdio.h>

/* A later, weak bar@@BAR; the library is needed anyway for other(), which
 * bar.map leaves unversioned. */
__attribute__((weak)) void bar(void) { puts("weak"); }
int other(void) { return 7; }
