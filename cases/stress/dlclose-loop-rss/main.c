/* dlopen/dlclose 300 x scale times: resident set size (/proc/self/statm) after the loop stays
 * within a fixed bound of the size after a warm-up. The bound (4 MiB) is far below what the
 * loop would retain if any mapping or TLS block per cycle were kept (>= 4 KiB x 300). */
#include <dlfcn.h>
#include <unistd.h>
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

static long rss_pages(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  CHECK_NOT_NULL(f);
  long size, rss;
  CHECK_EQ_INT(fscanf(f, "%ld %ld", &size, &rss), 2);
  fclose(f);
  return rss;
}

int main(int argc, char **argv) {
  int n = 300 * (argc > 1 ? atoi(argv[1]) : 1);
  long page = sysconf(_SC_PAGESIZE);
  for (int i = 0; i < 50; i++) cycle();
  long before = rss_pages();
  for (int i = 0; i < n; i++) cycle();
  unloaded();
  long after = rss_pages();
  CHECK_MSG((after - before) * page <= 4L << 20, "RSS grew by %ld KiB over %d cycles",
            (after - before) * page / 1024, n);
  printf("resident set bounded over dlopen/dlclose cycles\n");
  return 0;
}
