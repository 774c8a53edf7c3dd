#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }
static int dep_seen;

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  (void)lmid, (void)cookie;
  const char *slash = strrchr(map->l_name, '/');
  if (strcmp(slash ? slash + 1 : map->l_name, "libdep.so") == 0)
    dep_seen = 1;
  return 0;
}

void la_preinit(uintptr_t *cookie) {
  (void)cookie;
  say(dep_seen ? "la_preinit: libdep.so loaded: yes\n" : "la_preinit: libdep.so loaded: no\n");
}
