#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>
#include "check.h"

int main(void) {
  /* Leave the program's directory: a name relative to the current directory no longer finds it. */
  CHECK_EQ_INT(chdir("/"), 0);
  char cwd[PATH_MAX];
  CHECK_NOT_NULL(getcwd(cwd, sizeof cwd));
  printf("cwd is /: %s\n", strcmp(cwd, "/") == 0 ? "yes" : "no");
  printf("relative: %s\n", dlopen("./liborigin.so", RTLD_NOW) ? "found" : "not found");
  void *h = dlopen("$ORIGIN/liborigin.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*fn)(void) = (int (*)(void))dlsym(h, "origin_value");
  CHECK_NOT_NULL(fn);
  printf("$ORIGIN: origin_value=%d\n", fn());
  return 0;
}
