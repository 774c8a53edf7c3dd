/* Runtime CPU detection the way many libraries do it on Linux: look for a
 * /proc/cpuinfo line that starts with the architecture's key. */
#include <stdio.h>
#include <string.h>

int lib_cpuinfo_has_key(const char *key) {
  char line[4096];
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return -1;
  int found = 0;
  while (!found && fgets(line, sizeof line, f))
    found = strncmp(line, key, strlen(key)) == 0;
  fclose(f);
  return found;
}
