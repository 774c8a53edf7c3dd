#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include "check.h"

__thread int exe_tls = 1;     /* the executable has PT_TLS: it is module 1 */

struct ids { size_t exe, startup, dyn; int exe_seen; };

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Does one of the object's PT_LOAD segments hold addr? */
static int holds(const struct dl_phdr_info *info, uintptr_t addr) {
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (ph->p_type == PT_LOAD && addr >= lo && addr - lo < ph->p_memsz) return 1;
  }
  return 0;
}

static int cb(struct dl_phdr_info *info, size_t size, void *data) {
  struct ids *ids = data;
  (void)size;
  /* The executable is the first object visited (dl_iterate_phdr(3)); its dlpi_name is "" in
   * glibc, the program's path in musl, so it is recognised by holding this function. */
  if (!ids->exe_seen) {
    ids->exe_seen = 1;
    CHECK_MSG(holds(info, (uintptr_t)&cb), "first object is not the executable: %s", info->dlpi_name);
    ids->exe = info->dlpi_tls_modid;
  }
  else if (ends_with(info->dlpi_name, "/libstartup.so")) ids->startup = info->dlpi_tls_modid;
  else if (ends_with(info->dlpi_name, "/libdyn.so")) ids->dyn = info->dlpi_tls_modid;
  return 0;
}

int *marker_addr(void);   /* libstartup.so */

int main(void) {
  struct ids before = {0, 0, 0, 0}, after = {0, 0, 0, 0};
  CHECK_EQ_INT(*marker_addr(), 1);
  CHECK_EQ_INT(dl_iterate_phdr(cb, &before), 0);
  void *h = dlopen("libdyn.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(dl_iterate_phdr(cb, &after), 0);
  printf("exe modid=%zu\n", after.exe);
  CHECK_EQ_INT(before.dyn, 0);                         /* not loaded yet */
  CHECK_EQ_UINT(before.startup, after.startup);
  CHECK(after.startup > 1 && after.dyn > 1);           /* every module with PT_TLS has an id */
  CHECK(after.startup != after.dyn);
  printf("startup and dlopen'd DSOs: distinct ids > 1\n");
  return exe_tls - 1;
}
