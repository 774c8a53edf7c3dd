#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* Put libplat.so in ./<AT_PLATFORM>/d/ before main starts (not in ./<AT_PLATFORM>/ itself, which
   glibc < 2.37 also searches as a legacy platform subdirectory of $ORIGIN): ld.so checks the RUNPATH directories at
   startup and remembers the ones that do not exist, so the directory must be there already. */
int main(void) {
  /* The platform string as the kernel (or qemu-user) passes it in the auxiliary vector. */
  const char *platform = (const char *)getauxval(AT_PLATFORM);
  if (!platform || !*platform || strchr(platform, '/'))
    UNSUPPORTED("no usable AT_PLATFORM in the auxiliary vector");
  char path[512];
  snprintf(path, sizeof path, "%s", platform);
  CHECK_MSG(mkdir(path, 0755) == 0, "mkdir %s", path);
  snprintf(path, sizeof path, "%s/d", platform);
  CHECK_MSG(mkdir(path, 0755) == 0, "mkdir %s", path);
  snprintf(path, sizeof path, "%s/d/libplat.so", platform);
  int in = open("libplat-src.so", O_RDONLY), out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK_MSG(in >= 0 && out >= 0, "open libplat-src.so / %s failed", path);
  char buf[65536];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0)
    CHECK_EQ_INT(write(out, buf, (size_t)n), n);
  CHECK_EQ_INT(n, 0);
  CHECK_EQ_INT(close(out), 0);
  close(in);
  puts("placed in the AT_PLATFORM directory");
  return 0;
}
