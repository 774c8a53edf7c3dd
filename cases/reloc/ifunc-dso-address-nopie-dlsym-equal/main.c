/* A non-PIE executable takes the address of an IFUNC defined in a DSO. The
 * address it gets must be the one dlsym returns for the same name (C requires
 * one address per function), and calling through it must work. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int pick(void);

int main(void) {
  int (*volatile direct)(void) = pick;
  void *via_dlsym = dlsym(RTLD_DEFAULT, "pick");
  CHECK_NOT_NULL(via_dlsym);
  CHECK_EQ_PTR((void *)direct, via_dlsym);
  CHECK_EQ_INT(direct(), 5);
  return 0;
}
