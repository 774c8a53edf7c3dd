#define _GNU_SOURCE
#include <link.h>
#include <sys/auxv.h>
#include "check.h"

int lib_objects(int (*cb)(struct dl_phdr_info *, size_t, void *), void *data);

struct seen { uintptr_t ehdr; int vdso; int with_dynamic; };

static int cb(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  struct seen *s = data;
  /* The vDSO's program headers live in its own image, right after the ELF
   * header the kernel passed as AT_SYSINFO_EHDR. */
  uintptr_t ph = (uintptr_t)info->dlpi_phdr;
  if (ph > s->ehdr && ph < s->ehdr + 4096) {
    s->vdso++;
    for (int i = 0; i < info->dlpi_phnum; i++)
      if (info->dlpi_phdr[i].p_type == PT_DYNAMIC) s->with_dynamic = 1;
  }
  return 0;
}

int main(void) {
  /* Linux maps a vDSO into every process on amd64, arm, arm64 and ppc64 and
   * passes its ELF header in the auxiliary vector; the dynamic linker adds it to
   * the list of loaded objects that dl_iterate_phdr walks. */
  struct seen s = { getauxval(AT_SYSINFO_EHDR), 0, 0 };
  CHECK_MSG(s.ehdr != 0, "no AT_SYSINFO_EHDR in the auxiliary vector");
  CHECK(memcmp((void *)s.ehdr, ELFMAG, SELFMAG) == 0);
  CHECK_EQ_INT(lib_objects(cb, &s), 0);
  CHECK_EQ_INT(s.vdso, 1);
  CHECK(s.with_dynamic);
  puts("vdso");
  return 0;
}
