#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

/* dlvsym is a GNU extension (musl has none, and its loader ignores versions): elsewhere
 * plain dlsym, and the [[elf]] check alone proves the LIBDSOCONF_1.0 binding. */
#ifdef __GLIBC__
#define LOOKUP(h, name) dlvsym(h, name, "LIBDSOCONF_1.0")
#else
#define LOOKUP(h, name) dlsym(h, name)
#endif

int main(void) {
  void *h = dlopen("./libver.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*a)(int) = (int (*)(int))LOOKUP(h, "dsoconf_api_a");
  int (*b)(int) = (int (*)(int))LOOKUP(h, "dsoconf_api_b");
  CHECK_NOT_NULL(a);
  CHECK_NOT_NULL(b);
  printf("a(5)=%d b(5)=%d\n", a(5), b(5));
  printf("dsoconf_other: %s\n", dlsym(h, "dsoconf_other") ? "visible" : "hidden");
  printf("internal_twice: %s\n", dlsym(h, "internal_twice") ? "visible" : "hidden");
  return 0;
}
