#define _GNU_SOURCE
#include <dlfcn.h>
#include <sys/auxv.h>
#include "check.h"

int main(void) {
  /* No slash: searched through main's RUNPATH, "$ORIGIN/$PLATFORM/d:$ORIGIN"; libplat.so is
     only in ./<AT_PLATFORM>/d/. */
  void *h = dlopen("libplat.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s (AT_PLATFORM=%s)", dlerror(), (const char *)getauxval(AT_PLATFORM));
  int (*fn)(void) = (int (*)(void))dlsym(h, "plat_value");
  CHECK_NOT_NULL(fn);
  printf("dlopen via $ORIGIN/$PLATFORM/d: plat_value=%d\n", fn());
  return 0;
}
