#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  (void)lmid, (void)cookie;
  const char *slash = strrchr(map->l_name, '/');
  const char *base = slash ? slash + 1 : map->l_name;
  if (map->l_name[0] == '\0')
    say("objopen: <main>\n");
  else if (strcmp(base, "libdep.so") == 0 || strcmp(base, "libc.so.6") == 0) {
    say("objopen: ");
    say(base);
    say("\n");
  }
  return 0;
}
