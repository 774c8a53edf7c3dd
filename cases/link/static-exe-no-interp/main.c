/* A -static program: no program interpreter, no PT_DYNAMIC, and libc works. */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

static int first(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  int *seen = data;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    if (info->dlpi_phdr[i].p_type == PT_INTERP) seen[0]++;
    if (info->dlpi_phdr[i].p_type == PT_DYNAMIC) seen[1]++;
  }
  return 1;
}

int main(void) {
  int seen[2] = {0, 0};
  dl_iterate_phdr(first, seen);
  char buf[32];
  snprintf(buf, sizeof buf, "%d-%s", 42, "static");
  printf("PT_INTERP=%d PT_DYNAMIC=%d %s\n", seen[0], seen[1], buf);
  return 0;
}
