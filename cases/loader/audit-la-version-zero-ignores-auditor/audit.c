#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

unsigned int la_version(unsigned int version) {
  (void)version;
  say("la_version\n");
  return 0;   /* refuse every interface version */
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  (void)map, (void)lmid, (void)cookie;
  say("la_objopen\n");
  return 0;
}

void la_preinit(uintptr_t *cookie) {
  (void)cookie;
  say("la_preinit\n");
}
