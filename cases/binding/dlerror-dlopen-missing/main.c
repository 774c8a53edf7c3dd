#include <dlfcn.h>
#include "check.h"

int main(void) {
  CHECK_NULL(dlopen("./libabsent.so", RTLD_NOW));   /* no step builds this file */
  const char *err = dlerror();
  CHECK_NOT_NULL(err);
  CHECK_MSG(strstr(err, "libabsent.so") != NULL, "dlerror: %s", err);
  /* The reason: glibc "cannot open shared object file: No such file or directory",
   * musl "Error loading shared library ./libabsent.so: No such file or directory" (strerror). */
  CHECK_MSG(strstr(err, "cannot open shared object file") != NULL ||
                strstr(err, "No such file or directory") != NULL,
            "dlerror: %s", err);
  CHECK_NULL(dlerror());
  puts("ok");
  return 0;
}
