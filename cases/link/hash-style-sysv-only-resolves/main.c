#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int hash_alpha(void), hash_beta(void), hash_gamma(void);
extern int hash_value;

int main(void) {
  /* Symbols bound by the loader at startup, and one looked up by dlsym. */
  int (*g)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, "hash_gamma");
  CHECK_MSG(g != NULL, "%s", dlerror());
  printf("sum=%d\n", hash_alpha() + hash_beta() + g() + hash_value);
  return 0;
}
