#include <string.h>
#include <unistd.h>

/* A later definition, in a shared library after the archive. */
int puts(const char *s) {
  (void)s;
  return write(1, "dso\n", 4) == 4 ? 1 : -1;
}
