/* Report whether each marker string occurs in the bytes of a built file.
 * Usage: scan FILE MARKER... ; prints "MARKER: present|absent" per marker. */
#define _GNU_SOURCE
#include <string.h>
#include "check.h"

int main(int argc, char **argv) {
  CHECK(argc >= 3);
  FILE *f = fopen(argv[1], "rb");
  CHECK_MSG(f != NULL, "cannot open %s", argv[1]);
  static char buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  CHECK(n > 0 && n < sizeof buf);
  fclose(f);
  for (int i = 2; i < argc; i++)
    printf("%s: %s\n", argv[i], memmem(buf, n, argv[i], strlen(argv[i])) ? "present" : "absent");
  return 0;
}
