#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }
static int started, shown;

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

void la_preinit(uintptr_t *cookie) {
  (void)cookie;
  started = 1;
}

void la_activity(uintptr_t *cookie, unsigned int flag) {
  (void)cookie;
  /* The first two calls after startup: those of main's dlopen (exit brings more, for unloading). */
  if (!started || shown++ >= 2)
    return;
  say(flag == LA_ACT_ADD ? "la_activity: ADD\n" : flag == LA_ACT_CONSISTENT ? "la_activity: CONSISTENT\n"
      : flag == LA_ACT_DELETE ? "la_activity: DELETE\n" : "la_activity: ?\n");
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  (void)lmid, (void)cookie;
  const char *slash = strrchr(map->l_name, '/');
  if (started && strcmp(slash ? slash + 1 : map->l_name, "libadded.so") == 0)
    say("la_objopen: libadded.so\n");
  return 0;
}
