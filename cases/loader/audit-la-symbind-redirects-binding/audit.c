#define _GNU_SOURCE
#include <link.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

static int replacement(void) { return 42; }

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
  (void)map, (void)lmid, (void)cookie;
  return LA_FLG_BINDTO | LA_FLG_BINDFROM;
}

static uintptr_t bind(uintptr_t value, const char *symname) {
  if (strcmp(symname, "get_value") != 0)
    return value;
  say("symbind: get_value\n");
  return (uintptr_t)&replacement;
}

uintptr_t la_symbind32(Elf32_Sym *sym, unsigned int ndx, uintptr_t *refcook, uintptr_t *defcook,
                       unsigned int *flags, const char *symname) {
  (void)ndx, (void)refcook, (void)defcook, (void)flags;
  return bind(sym->st_value, symname);
}

uintptr_t la_symbind64(Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook, uintptr_t *defcook,
                       unsigned int *flags, const char *symname) {
  (void)ndx, (void)refcook, (void)defcook, (void)flags;
  return bind(sym->st_value, symname);
}
