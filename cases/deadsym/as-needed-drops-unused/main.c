#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int used_fn(int x);   /* from libused.so; nothing from libunused.so is referenced */

int main(void) {
  printf("used_fn(41)=%d\n", used_fn(41));
  /* RTLD_NOLOAD: a handle only if the library is already loaded. */
  void *h = dlopen("libunused.so", RTLD_NOW | RTLD_NOLOAD);
  printf("libunused.so loaded: %s\n", h ? "yes" : "no");
  return 0;
}
