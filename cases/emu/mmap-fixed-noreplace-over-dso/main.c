#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

int lib_answer(void);

int main(void) {
  long pg = sysconf(_SC_PAGESIZE);

  /* The first page of libnr.so (its ELF header, dladdr's dli_fbase) is mapped:
   * mmap(2) says MAP_FIXED_NOREPLACE over an existing mapping fails with EEXIST
   * and leaves the mapping alone. */
  Dl_info info;
  CHECK(dladdr((void *)lib_answer, &info) != 0);
  void *base = info.dli_fbase;
  errno = 0;
  void *p = mmap(base, (size_t)pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  CHECK_MSG(p == MAP_FAILED, "mapped at %p over the DSO at %p", p, base);
  CHECK_EQ_INT(errno, EEXIST);
  CHECK(memcmp(base, "\177ELF", 4) == 0);
  CHECK_EQ_INT(lib_answer(), 42);

  /* A free hole: three pages, the middle one unmapped. MAP_FIXED_NOREPLACE
   * must place the new page exactly there (never elsewhere). */
  char *r = mmap(NULL, 3 * (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(r != MAP_FAILED);
  CHECK_EQ_INT(munmap(r + pg, (size_t)pg), 0);
  void *q = mmap(r + pg, (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  CHECK_EQ_PTR(q, r + pg);
  puts("ok");
  return 0;
}
