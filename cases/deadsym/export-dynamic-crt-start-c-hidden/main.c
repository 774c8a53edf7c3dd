#include <dlfcn.h>
#include "check.h"

int host_fn(void) { return 5; }

int main(void) {
  /* The program's own global function is exported by --export-dynamic... */
  CHECK_NOT_NULL(dlsym(RTLD_DEFAULT, "host_fn"));
  /* ...but not the C runtime's internal startup helper, which crt1 keeps hidden. */
  void *p = dlsym(RTLD_DEFAULT, "_start_c");
  CHECK_MSG(p == NULL, "_start_c is exported at %p", p);
  puts("host_fn exported, _start_c not");
  return 0;
}
