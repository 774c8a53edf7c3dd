/* A library that inspects its own process through /proc/self/stat. */
#include <stdio.h>
#include <string.h>

/* Returns the state field (field 3) of /proc/self/stat, or '?' on error. */
char lib_self_state(void) {
  char buf[1024];
  FILE *f = fopen("/proc/self/stat", "r");
  if (!f) return '?';
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  /* "pid (comm) S ...": comm may hold spaces and parentheses, so the state
   * follows the LAST ')' and one space. */
  char *rp = strrchr(buf, ')');
  if (!rp || rp[1] != ' ') return '?';
  return rp[2];
}
