#define _GNU_SOURCE
#include <elf.h>
#include <link.h>
#include <setjmp.h>
#include <signal.h>
#include "check.h"

/* The linker defines _DYNAMIC; glibc's <link.h> declares it, musl's does not. */
extern ElfW(Dyn) _DYNAMIC[];

static int target;
int *const relro_ptr = &target;   /* needs a relocation in a PIE: .data.rel.ro */

static uintptr_t base, lo, hi;
static sigjmp_buf env;

static int find_relro(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size, (void)data;
  base = info->dlpi_addr;          /* the first object is the executable */
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO) {
      lo = base + info->dlpi_phdr[i].p_vaddr;
      hi = lo + info->dlpi_phdr[i].p_memsz;
    }
  return 1;
}

static void on_segv(int sig) { (void)sig; siglongjmp(env, 1); }

static int write_faults(volatile uintptr_t *where) {
  if (sigsetjmp(env, 1) == 0) { *where = 0; return 0; }
  return 1;
}

int main(void) {
  dl_iterate_phdr(find_relro, NULL);
  CHECK_MSG(hi > lo, "no PT_GNU_RELRO in the executable");
  uintptr_t got = 0;   /* DT_PLTGOT: the GOT (.plt on ppc64); ld.so may or may not have rebased it */
  for (ElfW(Dyn) *d = _DYNAMIC; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_PLTGOT) got = d->d_un.d_ptr < base ? base + d->d_un.d_ptr : d->d_un.d_ptr;
  CHECK_MSG(got >= lo && got < hi, "GOT %#lx outside RELRO %#lx-%#lx", (unsigned long)got, (unsigned long)lo, (unsigned long)hi);
  CHECK((uintptr_t)&relro_ptr >= lo && (uintptr_t)&relro_ptr < hi);
  signal(SIGSEGV, on_segv);
  CHECK_MSG(write_faults((volatile uintptr_t *)got), "GOT is writable after start-up");
  CHECK_MSG(write_faults((volatile uintptr_t *)&relro_ptr), ".data.rel.ro is writable after start-up");
  puts("relro read-only");
  return 0;
}
