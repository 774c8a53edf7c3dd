#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void) {
  char origin[PATH_MAX + 1];
  void *h = dlopen("./libprobe.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(dlinfo(h, RTLD_DI_ORIGIN, origin), 0);
  /* The origin need not be canonical (glibc gives "<cwd>/." here): compare directories by identity. */
  struct stat o, c;
  CHECK_MSG(origin[0] == '/', "origin %s is not absolute", origin);
  CHECK_MSG(stat(origin, &o) == 0, "stat %s", origin);
  CHECK_EQ_INT(stat(".", &c), 0);
  int same = o.st_dev == c.st_dev && o.st_ino == c.st_ino;
  if (!same)
    printf("origin=%s\n", origin);
  printf("origin is an absolute name of the current directory: %s\n", same ? "yes" : "no");
  return 0;
}
