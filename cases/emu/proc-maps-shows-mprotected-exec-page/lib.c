#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies the permission field ("rwxp") of the /proc/self/maps line that holds
 * addr into perms[5]; returns 1 when found. */
int lib_maps_perms(const void *addr, char perms[5]) {
  char line[1024];
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f) return -1;
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char *end;
    uintptr_t lo = (uintptr_t)strtoull(line, &end, 16);
    uintptr_t hi = (uintptr_t)strtoull(end + 1, &end, 16);
    if (lo <= (uintptr_t)addr && (uintptr_t)addr < hi) {
      memcpy(perms, end + 1, 4);
      perms[4] = '\0';
      found = 1;
    }
  }
  fclose(f);
  return found;
}
