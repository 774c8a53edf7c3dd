/* Prints the flags of the executable's own PT_GNU_STACK, read at run time
 * through dl_iterate_phdr (the first object it reports is the program). */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

static int first(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  long *flags = data;
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_GNU_STACK) *flags = info->dlpi_phdr[i].p_flags;
  return 1;   /* stop after the main program */
}

int main(void) {
  long flags = -1;
  dl_iterate_phdr(first, &flags);
  CHECK_MSG(flags != -1, "no PT_GNU_STACK in the executable");
  printf("stack %s%s%s\n", flags & PF_R ? "R" : "-", flags & PF_W ? "W" : "-", flags & PF_X ? "X" : "-");
  return 0;
}
