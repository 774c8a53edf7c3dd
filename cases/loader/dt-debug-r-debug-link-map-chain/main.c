#define _GNU_SOURCE
#include <link.h>
#include "check.h"

int dep_value(void);

extern ElfW(Dyn) _DYNAMIC[];   /* the program's own dynamic section (defined by the linker) */

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), k = strlen(tail);
  return n >= k && strcmp(s + n - k, tail) == 0;
}

int main(void) {
  struct r_debug *dbg = NULL;
  for (ElfW(Dyn) *d = _DYNAMIC; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_DEBUG)
      dbg = (struct r_debug *)d->d_un.d_ptr;
  CHECK_MSG(dbg != NULL, "DT_DEBUG is missing or was not filled in");
  printf("r_version>=1: %s\n", dbg->r_version >= 1 ? "yes" : "no");
  printf("r_state: %s\n", dbg->r_state == RT_CONSISTENT ? "RT_CONSISTENT" : "other");
  CHECK_NOT_NULL(dbg->r_map);
  printf("r_map first: %s\n", dbg->r_map->l_prev == NULL ? "yes" : "no");
  int found = 0;
  for (struct link_map *m = dbg->r_map; m; m = m->l_next)
    if (m->l_name && ends_with(m->l_name, "/libdep.so"))
      found = 1;
  printf("libdep.so in chain: %s\n", found ? "yes" : "no");
  printf("dep=%d\n", dep_value());
  return 0;
}
