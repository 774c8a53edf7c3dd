#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <unistd.h>
#include "check.h"

static const char *interp;
static struct dl_phdr_info ldso;
static int found;

static int scan(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size, (void)data;
  if (interp == NULL) {  /* first: the main program, whose PT_INTERP names ld.so */
    for (int i = 0; i < info->dlpi_phnum; i++)
      if (info->dlpi_phdr[i].p_type == PT_INTERP)
        interp = (const char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
    return interp == NULL;
  }
  if (info->dlpi_name != NULL && strcmp(info->dlpi_name, interp) == 0) {
    ldso = *info;
    found = 1;
  }
  return 0;
}

/* Does [page, page + pagesize) overlap one of ld.so's PT_LOAD segments? */
static int in_a_segment(uintptr_t page, uintptr_t pagesize) {
  for (int i = 0; i < ldso.dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &ldso.dlpi_phdr[i];
    uintptr_t start = ldso.dlpi_addr + ph->p_vaddr, end = start + ph->p_memsz;
    if (ph->p_type == PT_LOAD && page < end && page + pagesize > start)
      return 1;
  }
  return 0;
}

int main(void) {
  dl_iterate_phdr(scan, NULL);
  CHECK_MSG(found, "no dl_iterate_phdr entry named %s", interp ? interp : "(no PT_INTERP)");
  uintptr_t pagesize = (uintptr_t)sysconf(_SC_PAGESIZE), lo = UINTPTR_MAX, hi = 0;
  for (int i = 0; i < ldso.dlpi_phnum; i++)
    if (ldso.dlpi_phdr[i].p_type == PT_LOAD) {
      uintptr_t start = ldso.dlpi_addr + ldso.dlpi_phdr[i].p_vaddr;
      lo = start < lo ? start : lo;
      hi = start + ldso.dlpi_phdr[i].p_memsz > hi ? start + ldso.dlpi_phdr[i].p_memsz : hi;
    }
  /* Every page _dl_find_object attributes to ld.so must hold part of one of its segments: the
     linker may leave gaps between them (64 KiB segment alignment with 4 KiB pages), and what
     lies in a gap is not ld.so. */
  int in = 0, gap_claimed = 0;
  for (uintptr_t page = lo & ~(pagesize - 1); page < hi; page += pagesize) {
    struct dl_find_object dlfo;
    int is_ldso = _dl_find_object((void *)page, &dlfo) == 0 &&
                  dlfo.dlfo_link_map->l_addr == ldso.dlpi_addr;
    if (in_a_segment(page, pagesize))
      in += is_ldso;
    else if (is_ldso && gap_claimed++ == 0)
      printf("gap page %#lx claimed as ld.so\n", (unsigned long)(page - ldso.dlpi_addr));
  }
  CHECK_MSG(in > 0, "_dl_find_object found none of ld.so's own pages");
  printf("gap pages claimed: %d\n", gap_claimed);
  return 0;
}
