#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

int lib_maps_perms(const void *addr, char perms[5]);

int main(void) {
  /* Three read-write pages; the middle one is made executable, as a JIT or a
   * closure allocator does. mprotect(2) splits the mapping, and proc(5)'s maps
   * shows each part with its own permissions. */
  long pg = sysconf(_SC_PAGESIZE);
  char *p = mmap(NULL, 3 * (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(p != MAP_FAILED);
  CHECK_EQ_INT(mprotect(p + pg, (size_t)pg, PROT_READ | PROT_WRITE | PROT_EXEC), 0);
  char perms[5];
  CHECK_EQ_INT(lib_maps_perms(p, perms), 1);
  CHECK_EQ_STR(perms, "rw-p");
  CHECK_EQ_INT(lib_maps_perms(p + pg, perms), 1);
  CHECK_EQ_STR(perms, "rwxp");
  puts("rwxp");
  return 0;
}
