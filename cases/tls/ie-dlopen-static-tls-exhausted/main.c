#include <dlfcn.h>
#include "check.h"

/* Growing initial-exec TLS sizes.  glibc reserves a small surplus of static TLS for
   dlopen'd IE modules; once a module does not fit, dlopen must fail cleanly. */
static const int sizes[] = {16, 64, 256, 1024, 4096, 16384, 65536};

int main(void) {
  int failed_at = 0;
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    char name[32];
    snprintf(name, sizeof name, "libie%d.so", sizes[i]);
    void *h = dlopen(name, RTLD_NOW);
    if (h) {
      CHECK_MSG(!failed_at, "%s loaded after a smaller module failed", name);
      int (*touch)(void);
      *(void **)&touch = dlsym(h, "touch");
      CHECK_NOT_NULL(touch);
      CHECK_EQ_INT(touch(), 3);
      continue;
    }
    const char *err = dlerror();
    CHECK_NOT_NULL(err);
    CHECK_MSG(strstr(err, "cannot allocate memory in static TLS block") != NULL, "%s", err);
    CHECK_NULL(dlopen(name, RTLD_NOW | RTLD_NOLOAD));   /* nothing half-loaded stays */
    if (!failed_at) failed_at = sizes[i];
  }
  CHECK_MSG(failed_at != 16, "even 16 bytes did not fit");
  CHECK_MSG(failed_at != 0, "64 KiB of initial-exec TLS fit in the default surplus");
  printf("small ok; refused: cannot allocate memory in static TLS block\n");
  return 0;
}
