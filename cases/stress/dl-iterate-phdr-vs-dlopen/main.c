#define _GNU_SOURCE
/* One thread dlopens/dlcloses a TLS DSO 200 x scale times while another walks dl_iterate_phdr
 * continuously. Every walk must see consistent entries: a PT_LOAD in each, the executable first,
 * the cycling DSO complete (its PT_TLS reported) or absent, and dlpi_adds never decreasing. */
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdatomic.h>
#include "check.h"

static atomic_int done;
static int iters;

struct walk { int n, saw_cycle, bad; unsigned long long adds; };

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
  struct walk *w = data;
  if (size < sizeof *info) { w->bad = 1; return 1; }
  int loads = 0, tls = 0, has_visit = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    loads += ph->p_type == PT_LOAD;
    tls += ph->p_type == PT_TLS;
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (ph->p_type == PT_LOAD && (uintptr_t)&visit >= lo && (uintptr_t)&visit - lo < ph->p_memsz)
      has_visit = 1;
  }
  if (loads == 0) w->bad = 2;
  /* The executable comes first: its segments hold this very function. (Its dlpi_name is ""
   * in glibc, the program's path in musl.) */
  if (w->n == 0 && !has_visit) w->bad = 3;
  if (strstr(info->dlpi_name, "libcycle.so")) {
    w->saw_cycle++;
    if (tls != 1 || info->dlpi_tls_modid == 0) w->bad = 4;
  }
  w->adds = info->dlpi_adds;
  w->n++;
  return 0;
}

static void *walker(void *arg) {
  (void)arg;
  unsigned long long last_adds = 0;
  long walks = 0;
  while (!atomic_load(&done) || walks < 10) {
    struct walk w = {0};
    dl_iterate_phdr(visit, &w);
    CHECK_MSG(w.bad == 0, "inconsistent entry, code %d", w.bad);
    CHECK(w.n >= 2);
    CHECK(w.saw_cycle <= 1);
    CHECK(w.adds >= last_adds);
    last_adds = w.adds;
    walks++;
  }
  return NULL;
}

int main(int argc, char **argv) {
  iters = 200 * (argc > 1 ? atoi(argv[1]) : 1);
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, walker, NULL), 0);
  for (int i = 0; i < iters; i++) {
    void *h = dlopen("libcycle.so", RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    CHECK_EQ_INT(dlclose(h), 0);
  }
  atomic_store(&done, 1);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("dl_iterate_phdr stayed consistent during dlopen/dlclose\n");
  return 0;
}
