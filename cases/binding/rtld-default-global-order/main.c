#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

typedef const char *fn_t(void);

const char *who(void) { return "exe"; }   /* also in libgs.so; exported by -rdynamic */

int main(void) {
  fn_t *w = (fn_t *)dlsym(RTLD_DEFAULT, "who");
  fn_t *l = (fn_t *)dlsym(RTLD_DEFAULT, "lib_only");   /* not referenced by main */
  CHECK_NOT_NULL(w);
  CHECK_NOT_NULL(l);
  CHECK(w == who);
  printf("who=%s lib_only=%s\n", w(), l());
  return 0;
}
