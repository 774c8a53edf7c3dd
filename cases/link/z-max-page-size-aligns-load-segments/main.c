/* Prints the smallest p_align among the program's PT_LOAD segments and checks
 * the ELF rule p_vaddr == p_offset (mod p_align) for each. */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

static int first(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  unsigned long *min_align = data;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    if (p->p_type != PT_LOAD) continue;
    CHECK_EQ_UINT(p->p_vaddr % p->p_align, p->p_offset % p->p_align);
    if (*min_align == 0 || p->p_align < *min_align) *min_align = p->p_align;
  }
  return 1;   /* the main program only */
}

int main(void) {
  unsigned long min_align = 0;
  dl_iterate_phdr(first, &min_align);
  printf("PT_LOAD p_align >= %#lx\n", min_align);
  return 0;
}
