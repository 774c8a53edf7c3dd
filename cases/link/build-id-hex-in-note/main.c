/* Finds the NT_GNU_BUILD_ID note of the program through its PT_NOTE segments
 * at run time and prints the descriptor in hex. */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

static int first(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  int *found = data;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    if (p->p_type != PT_NOTE) continue;
    const char *n = (const char *)(info->dlpi_addr + p->p_vaddr), *end = n + p->p_memsz;
    while (n + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)n;
      const char *name = n + sizeof *nh;
      const unsigned char *desc = (const unsigned char *)name + ((nh->n_namesz + 3) & ~3u);
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
        printf("build-id ");
        for (unsigned k = 0; k < nh->n_descsz; k++) printf("%02x", desc[k]);
        printf("\n");
        (*found)++;
      }
      n = (const char *)desc + ((nh->n_descsz + 3) & ~3u);
    }
  }
  return 1;   /* the main program only */
}

int main(void) {
  int found = 0;
  dl_iterate_phdr(first, &found);
  CHECK_EQ_INT(found, 1);
  return 0;
}
