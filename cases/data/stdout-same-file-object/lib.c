#include <stdio.h>
#include <stdio_ext.h>

FILE *lib_stdout(void) { return stdout; }

void lib_report(void) {
  /* On an unbuffered stream nothing stays pending after a write. */
  fputs("dso: same FILE, ", stdout);
  int unbuf = __fpending(stdout) == 0;
  printf("%s\n", unbuf ? "unbuffered" : "buffered");
}
