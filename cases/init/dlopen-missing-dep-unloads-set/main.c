#include <dlfcn.h>
#include "check.h"
int main(void) {
  CHECK_NULL(dlopen("./libplug.so", RTLD_NOW));
  CHECK_NOT_NULL(dlerror());
  void *plug = dlopen("./libplug.so", RTLD_NOW | RTLD_NOLOAD);
  void *ok = dlopen("./libok.so", RTLD_NOW | RTLD_NOLOAD);
  printf("libplug loaded: %s, libok loaded: %s\n", plug ? "yes" : "no", ok ? "yes" : "no");
  return 0;
}
