#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

const char *lib_maps_label(const void *addr);

int main(void) {
  /* Raise the program break by one page with the raw brk system call (musl's
   * sbrk refuses non-zero increments). proc(5): the brk area is "[heap]". */
  long pg = sysconf(_SC_PAGESIZE);
  char *old = (char *)syscall(SYS_brk, 0);
  char *now = (char *)syscall(SYS_brk, old + pg);
  CHECK_MSG(now >= old + pg, "brk did not grow: %p -> %p", (void *)old, (void *)now);
  old[0] = 1;                          /* the new page is ours and mapped */
  const char *label = lib_maps_label(old);
  CHECK_NOT_NULL(label);
  CHECK_EQ_STR(label, "[heap]");
  puts("[heap]");
  return 0;
}
