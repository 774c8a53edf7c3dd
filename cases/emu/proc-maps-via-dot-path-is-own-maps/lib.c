/* The library finds the /proc maps line that holds one of its own functions,
 * reading the maps file through the path it is given. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lib_maps_line(const char *path, char *out, size_t outsz) {
  uintptr_t a = (uintptr_t)lib_maps_line;
  char line[1024];
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char *end;
    uintptr_t lo = (uintptr_t)strtoull(line, &end, 16);
    uintptr_t hi = (uintptr_t)strtoull(end + 1, NULL, 16);
    if (lo <= a && a < hi) {
      snprintf(out, outsz, "%s", line);
      found = 1;
    }
  }
  fclose(f);
  return found;
}
