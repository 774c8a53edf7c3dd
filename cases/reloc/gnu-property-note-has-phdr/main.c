/* When an executable carries a .note.gnu.property note (NT_GNU_PROPERTY_TYPE_0,
 * e.g. the x86 ISA-level and feature notes of the C runtime's objects), the
 * linker must also describe it with a PT_GNU_PROPERTY program header: the
 * kernel and ld.so look the properties up through that header. */
#define _GNU_SOURCE
#include <link.h>
#include <elf.h>
#include "check.h"

#ifndef PT_GNU_PROPERTY
#define PT_GNU_PROPERTY 0x6474e553
#endif
#ifndef NT_GNU_PROPERTY_TYPE_0
#define NT_GNU_PROPERTY_TYPE_0 5
#endif

int main(void);

static int notes, covered;

static int scan(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  const ElfW(Phdr) *ph = info->dlpi_phdr;
  uintptr_t base = info->dlpi_addr, m = (uintptr_t)&main;
  int is_main = 0;
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (ph[i].p_type == PT_LOAD && m >= base + ph[i].p_vaddr && m < base + ph[i].p_vaddr + ph[i].p_memsz)
      is_main = 1;
  if (!is_main)
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    if (ph[i].p_type != PT_NOTE)
      continue;
    size_t align = ph[i].p_align < 4 ? 4 : ph[i].p_align;
    const unsigned char *p = (const unsigned char *)(base + ph[i].p_vaddr), *end = p + ph[i].p_filesz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
      const char *name = (const char *)(n + 1);
      if (n->n_type == NT_GNU_PROPERTY_TYPE_0 && n->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
        notes++;
        uintptr_t at = (uintptr_t)p;
        for (int j = 0; j < info->dlpi_phnum; j++)
          if (ph[j].p_type == PT_GNU_PROPERTY && at >= base + ph[j].p_vaddr && at < base + ph[j].p_vaddr + ph[j].p_memsz)
            covered++;
      }
      p += sizeof *n + ((n->n_namesz + align - 1) & ~(align - 1)) + ((n->n_descsz + align - 1) & ~(align - 1));
    }
  }
  return 1;
}

int main(void) {
  dl_iterate_phdr(scan, NULL);
  CHECK_MSG(covered == notes, "%d GNU property note(s) in PT_NOTE, %d covered by PT_GNU_PROPERTY", notes, covered);
  return 0;
}
