/* With -z separate-code the executable's code segment must share no page with
 * any other loadable segment: no file page holding code also holds bytes of
 * another PT_LOAD (those bytes would be mapped executable too), and the ELF
 * and program headers at file offset 0 are not mapped executable. */
#define _GNU_SOURCE
#include <link.h>
#include <unistd.h>
#include "check.h"

static int first(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  uintptr_t page = (uintptr_t)*(long *)data;
  int exec_segments = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    if (p->p_type != PT_LOAD) continue;
    if (p->p_offset == 0)
      CHECK_MSG(!(p->p_flags & PF_X), "the segment holding the ELF header is executable");
    if (!(p->p_flags & PF_X)) continue;
    exec_segments++;
    /* File pages: what the kernel maps executable is whole pages of the file. */
    uintptr_t xs = p->p_offset & ~(page - 1);
    uintptr_t xe = (p->p_offset + p->p_filesz + page - 1) & ~(page - 1);
    for (int j = 0; j < info->dlpi_phnum; j++) {
      const ElfW(Phdr) *q = &info->dlpi_phdr[j];
      if (j == i || q->p_type != PT_LOAD || q->p_filesz == 0) continue;
      uintptr_t s = q->p_offset, e = s + q->p_filesz;
      CHECK_MSG(e <= xs || s >= xe, "PT_LOAD %d file [%#lx,%#lx) shares a page with code at [%#lx,%#lx)",
                j, (unsigned long)s, (unsigned long)e, (unsigned long)xs, (unsigned long)xe);
    }
  }
  *(long *)data = exec_segments;
  return 1;   /* the main program only */
}

int main(void) {
  long v = sysconf(_SC_PAGESIZE);
  dl_iterate_phdr(first, &v);
  printf("executable segments: %ld\n", v);
  return 0;
}
