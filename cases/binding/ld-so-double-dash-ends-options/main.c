#define _GNU_SOURCE
#include <errno.h>
#include <link.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static const char *interp;

/* The first object dl_iterate_phdr reports is the main program: its PT_INTERP names ld.so. */
static int find_interp(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size, (void)data;
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_INTERP)
      interp = (const char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
  return 1;
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "child") == 0) {
    printf("run by ld.so: %s\n", argv[0]);
    return 0;
  }
  dl_iterate_phdr(find_interp, NULL);
  CHECK_NOT_NULL(interp);
  fflush(stdout);
  /* ld.so [OPTION]... -- PROGRAM [ARGS]: "--" ends ld.so's own options. */
  execl(interp, interp, "--", "./main", "child", (char *)NULL);
  CHECK_MSG(0, "execl %s: %s", interp, strerror(errno));
  return 1;
}
