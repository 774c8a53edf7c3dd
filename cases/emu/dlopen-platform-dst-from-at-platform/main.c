#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"

int main(void) {
  /* The kernel passes the CPU's platform name in AT_PLATFORM on amd64
   * ("x86_64"), arm ("v7l", "v8l"), arm64 ("aarch64") and ppc64 ("power9", ...);
   * ld.so substitutes it for $PLATFORM in a dlopen path. */
  const char *plat = (const char *)getauxval(AT_PLATFORM);
  CHECK_MSG(plat != NULL && *plat != '\0', "no AT_PLATFORM in the auxiliary vector");

  /* $ORIGIN/<platform> -> "." makes $ORIGIN/$PLATFORM/libplat.so the library
   * next to the executable. */
  char dir[PATH_MAX], link[PATH_MAX + 64];
  ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
  CHECK(n > 0);
  dir[n] = '\0';
  *strrchr(dir, '/') = '\0';
  snprintf(link, sizeof link, "%s/%s", dir, plat);
  CHECK(symlink(".", link) == 0 || errno == EEXIST);

  void *h = dlopen("$ORIGIN/$PLATFORM/libplat.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*f)(void) = (int (*)(void))dlsym(h, "plat_value");
  CHECK_NOT_NULL(f);
  CHECK_EQ_INT(f(), 7);
  puts("7");
  return 0;
}
