#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

const char *used(void);

int main(void) {
  printf("%s\n", used());   /* nothing from libunused.so is referenced */
  /* RTLD_NOLOAD only succeeds for an object already in the process. */
  if (dlopen("./libunused.so", RTLD_NOW | RTLD_NOLOAD) != NULL) puts("libunused.so loaded");
  return 0;
}
