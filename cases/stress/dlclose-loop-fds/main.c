/* dlopen/dlclose 300 x scale times: the number of open descriptors (/proc/self/fd) after the
 * loop equals the number before it; the loader must close every file it opened. */
#include <dirent.h>
#include <dlfcn.h>
#include "check.h"

static void cycle(void) {
  void *h = dlopen("libleak.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*touch)(void) = (int (*)(void))dlsym(h, "leak_touch");
  CHECK_NOT_NULL(touch);
  CHECK_EQ_INT(touch(), 1 + 1 + 5);    /* fresh TLS images: a reload starts over */
  CHECK_EQ_INT(dlclose(h), 0);
}

static void unloaded(void) {
  CHECK_NULL(dlopen("libleak.so", RTLD_NOW | RTLD_NOLOAD));
  CHECK_NULL(dlopen("libleakdep.so", RTLD_NOW | RTLD_NOLOAD));
}

static int count_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  CHECK_NOT_NULL(d);
  int n = 0;
  while (readdir(d)) n++;
  closedir(d);
  return n;
}

int main(int argc, char **argv) {
  int n = 300 * (argc > 1 ? atoi(argv[1]) : 1);
  for (int i = 0; i < 20; i++) cycle();
  int before = count_fds();
  for (int i = 0; i < n; i++) {
    cycle();
    if (i % 50 == 0) CHECK_EQ_INT(count_fds(), before);
  }
  unloaded();
  CHECK_EQ_INT(count_fds(), before);
  printf("open descriptors unchanged over dlopen/dlclose cycles\n");
  return 0;
}
