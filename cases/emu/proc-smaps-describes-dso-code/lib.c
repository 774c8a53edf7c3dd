#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A memory-accounting library: finds the /proc/self/smaps entry that holds
 * one of its own functions and copies that entry's header line. */
int lib_smaps_header(char *out, size_t outsz) {
  uintptr_t a = (uintptr_t)lib_smaps_header;
  char line[1024];
  FILE *f = fopen("/proc/self/smaps", "r");
  if (!f) return -1;
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char *end;
    uintptr_t lo = (uintptr_t)strtoull(line, &end, 16);
    if (*end != '-') continue;                 /* a "Key: value" line */
    uintptr_t hi = (uintptr_t)strtoull(end + 1, NULL, 16);
    if (lo <= a && a < hi) {
      snprintf(out, outsz, "%s", line);
      found = 1;
    }
  }
  fclose(f);
  return found;
}
