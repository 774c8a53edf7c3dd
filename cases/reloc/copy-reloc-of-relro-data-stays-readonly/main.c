/* A non-PIE executable reads names[] directly: the linker copies it into the
 * executable (copy relocation). The copy of read-only-after-relocation data
 * must land in the executable's own PT_GNU_RELRO, so it becomes read-only
 * again after the copy, as it was in the DSO. */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

extern const char *const names[3];

static int in_relro = -1;

int main(void);

/* Inside the object that holds main (the executable), is &names covered by
 * PT_GNU_RELRO? */
static int find(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  uintptr_t m = (uintptr_t)&main, a = (uintptr_t)&names;
  int has_main = 0, relro = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + p->p_vaddr, hi = lo + p->p_memsz;
    if (p->p_type == PT_LOAD && m >= lo && m < hi)
      has_main = 1;
    if (p->p_type == PT_GNU_RELRO && a >= lo && a < hi)
      relro = 1;
  }
  if (!has_main)
    return 0;
  in_relro = relro;
  return 1;
}

int main(void) {
  CHECK_EQ_STR(names[1], "beta");
  dl_iterate_phdr(find, NULL);
  CHECK_MSG(in_relro == 1, "copy of names[] at %p is not inside the executable's PT_GNU_RELRO",
            (void *)&names);
  return 0;
}
