#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "check.h"

ssize_t lib_exe_path(char *buf, size_t size);

int main(void) {
  /* proc(5): /proc/self/exe is a link to the executed file; it does not depend
   * on the working directory, so the answer after chdir("/") is the same
   * absolute path as before (the harness starts us as "./main"). */
  char before[PATH_MAX], after[PATH_MAX];
  CHECK(lib_exe_path(before, sizeof before) > 0);
  CHECK_EQ_INT(before[0], '/');
  CHECK_EQ_INT(chdir("/"), 0);
  errno = 0;
  ssize_t n = lib_exe_path(after, sizeof after);
  CHECK_MSG(n > 0, "readlink failed: %s", strerror(errno));
  CHECK_EQ_STR(after, before);
  puts(strrchr(after, '/') + 1);
  return 0;
}
