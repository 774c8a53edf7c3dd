/* The executable's TLS segment holds only .tbss (no initialised TLS data), and
 * its RELRO region holds a 16 KiB-aligned object. .tbss occupies no address
 * space outside the TLS template, so it must not stretch PT_GNU_RELRO: every
 * page of PT_GNU_RELRO has to be mapped by a PT_LOAD, or the loader's
 * mprotect of the range fails ("cannot apply additional memory protection
 * after relocation"). */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

__thread char tls_flag;

__attribute__((section(".data.rel.ro.aligned"), aligned(16 * 1024)))
const char relro_byte = 'r';

int main(void);

static int relro_checked;

static int check_relro(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  const ElfW(Phdr) *ph = info->dlpi_phdr;
  int n = info->dlpi_phnum, has_main = 0;
  uintptr_t m = (uintptr_t)&main - info->dlpi_addr;
  for (int i = 0; i < n; i++)
    if (ph[i].p_type == PT_LOAD && m >= ph[i].p_vaddr && m < ph[i].p_vaddr + ph[i].p_memsz)
      has_main = 1;
  if (!has_main)
    return 0;
  for (int i = 0; i < n; i++) {
    if (ph[i].p_type != PT_GNU_RELRO)
      continue;
    /* Walk the range in 4 KiB steps; a PT_LOAD maps whole pages. */
    for (uintptr_t a = ph[i].p_vaddr & ~(uintptr_t)4095; a < ph[i].p_vaddr + ph[i].p_memsz; a += 4096) {
      int mapped = 0;
      for (int j = 0; j < n; j++) {
        uintptr_t lo = ph[j].p_vaddr & ~(uintptr_t)4095;
        uintptr_t hi = (ph[j].p_vaddr + ph[j].p_memsz + 4095) & ~(uintptr_t)4095;
        if (ph[j].p_type == PT_LOAD && a >= lo && a < hi)
          mapped = 1;
      }
      CHECK_MSG(mapped, "PT_GNU_RELRO page %#lx is not mapped by any PT_LOAD", (unsigned long)a);
    }
    relro_checked = 1;
  }
  return 1;
}

int main(void) {
  tls_flag = 1;
  CHECK_EQ_INT(tls_flag + relro_byte, 1 + 'r');
  CHECK_ALIGNED(&relro_byte, 16 * 1024);
  dl_iterate_phdr(check_relro, NULL);
  CHECK_EQ_INT(relro_checked, 1);
  return 0;
}
