#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stddef.h>
#include <string.h>
#include "check.h"

struct state {
  unsigned long long adds, subs;
  int seen;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
  struct state *s = data;
  CHECK(size >= offsetof(struct dl_phdr_info, dlpi_subs) + sizeof info->dlpi_subs);
  s->adds = info->dlpi_adds;
  s->subs = info->dlpi_subs;
  const char *slash = info->dlpi_name ? strrchr(info->dlpi_name, '/') : NULL;
  if (slash && strcmp(slash + 1, "libcounted.so") == 0)
    s->seen = 1;
  return 0;
}

static struct state snapshot(void) {
  struct state s = {0, 0, 0};
  dl_iterate_phdr(visit, &s);
  return s;
}

int main(void) {
  struct state before = snapshot();
  void *h = dlopen("./libcounted.so", RTLD_NOW);   /* no dependency beyond libc, already loaded */
  CHECK_MSG(h != NULL, "%s", dlerror());
  struct state opened = snapshot();
  printf("after dlopen: adds+%llu subs+%llu seen=%d\n", opened.adds - before.adds, opened.subs - before.subs,
         opened.seen);
  CHECK_EQ_INT(dlclose(h), 0);
  struct state closed = snapshot();
  printf("after dlclose: adds+%llu subs+%llu seen=%d\n", closed.adds - opened.adds, closed.subs - opened.subs,
         closed.seen);
  return 0;
}
