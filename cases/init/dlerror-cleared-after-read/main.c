#include <dlfcn.h>
#include "check.h"
int main(void) {
  CHECK_NULL(dlopen("./libnothere.so", RTLD_NOW));
  /* The string may be freed by the next dlerror call: copy it first. */
  const char *first = dlerror();
  char saved[512] = "";
  if (first) snprintf(saved, sizeof saved, "%s", first);
  const char *second = dlerror();
  CHECK_MSG(strstr(saved, "libnothere.so") != NULL, "%s", saved);
  printf("first: %s, second: %s\n", first ? "error" : "NULL", second ? "error" : "NULL");
  return 0;
}
