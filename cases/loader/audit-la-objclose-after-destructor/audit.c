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
  (void)map, (void)lmid, (void)cookie;
  return 0;
}

unsigned int la_objclose(uintptr_t *cookie) {
  /* la_objopen's cookie is the object's link_map unless the auditor changes it. */
  struct link_map *map = (struct link_map *)*cookie;
  const char *slash = strrchr(map->l_name, '/');
  if (strcmp(slash ? slash + 1 : map->l_name, "libgone.so") == 0)
    say("la_objclose: libgone.so\n");
  return 0;
}
