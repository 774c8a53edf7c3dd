#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void say(const char *text) { (void)!write(1, text, strlen(text)); }

/* la_version runs while ld.so is still starting the program: _dl_find_object then takes its
   early path (a walk over the link maps), which must report success as 0 like the later one. */
unsigned int la_version(unsigned int version) {
  struct dl_find_object dlfo;
  char *pc = (char *)__builtin_return_address(0) - 1;  /* inside ld.so, la_version's caller */
  int rc = _dl_find_object(pc, &dlfo);
  char line[96];
  snprintf(line, sizeof line, "la_version: _dl_find_object=%d, contains pc: %s\n", rc,
           rc == 0 && pc >= (char *)dlfo.dlfo_map_start && pc < (char *)dlfo.dlfo_map_end ? "yes" : "no");
  say(line);
  return version;
}
