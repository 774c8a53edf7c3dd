#include <dlfcn.h>
#include "check.h"
static const char *state(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW | RTLD_NOLOAD);
  if (!h) return "not loaded";
  CHECK_EQ_INT(dlclose(h), 0);   /* drop the reference RTLD_NOLOAD took */
  return "loaded";
}
int main(void) {
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  printf("before dlclose: %s\n", state());
  CHECK_EQ_INT(dlclose(h), 0);
  printf("after dlclose: %s\n", state());
  return 0;
}
