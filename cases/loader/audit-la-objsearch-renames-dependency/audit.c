#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

char *la_objsearch(const char *name, uintptr_t *cookie, unsigned int flag) {
  (void)cookie;
  if (flag == LA_SER_ORIG && strcmp(name, "libdep.so") == 0) {
    say("objsearch: libdep.so -> ./libalt.so\n");
    return (char *)"./libalt.so";
  }
  return (char *)name;
}
