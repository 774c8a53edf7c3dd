#include <dlfcn.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include "check.h"

int main(void) {
  /* Put the library where only LD_LIBRARY_PATH's second entry finds it: sub/libnd.so
     (the build directory itself, this program's $ORIGIN, holds no libnd.so). */
  CHECK_MSG(mkdir("sub", 0755) == 0 || errno == EEXIST, "mkdir: %s", strerror(errno));
  CHECK_MSG(symlink("../libfound.so", "sub/libnd.so") == 0 || errno == EEXIST, "symlink: %s",
            strerror(errno));
  /* LD_LIBRARY_PATH=./main:sub -- the first entry is a file, so open gives ENOTDIR there. */
  void *h = dlopen("libnd.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*found_value)(void) = (int (*)(void))dlsym(h, "found_value");
  CHECK_NOT_NULL(found_value);
  printf("found_value=%d\n", found_value());
  return 0;
}
