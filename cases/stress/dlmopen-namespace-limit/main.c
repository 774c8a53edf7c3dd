/* glibc has DL_NNS = 16 link-map namespaces; the base namespace is one, so 15 dlmopen
 * (LM_ID_NEWLM) calls succeed and the 16th must fail cleanly with a dlerror, not crash.
 * Each namespace has its own copy of the DSO's data. Repeated scale times after closing all. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 1;
  for (int r = 0; r < scale; r++) {
    void *h[16];
    int opened = 0;
    for (; opened < 16; opened++) {
      h[opened] = dlmopen(LM_ID_NEWLM, "libns.so", RTLD_NOW | RTLD_LOCAL);
      if (!h[opened]) break;
      int (*bump)(void) = (int (*)(void))dlsym(h[opened], "ns_bump");
      CHECK_NOT_NULL(bump);
      CHECK_EQ_INT(bump(), 1);            /* a fresh copy in each namespace */
      Lmid_t lm;
      CHECK_EQ_INT(dlinfo(h[opened], RTLD_DI_LMID, &lm), 0);
      CHECK_EQ_INT(lm, opened + 1);
    }
    CHECK_EQ_INT(opened, 15);
    const char *e = dlerror();
    CHECK_NOT_NULL(e);
    CHECK_MSG(strstr(e, "no more namespaces available") != NULL, "dlerror: %s", e);
    for (int i = 0; i < opened; i++) CHECK_EQ_INT(dlclose(h[i]), 0);
  }
  printf("15 new namespaces, then a clean dlmopen failure\n");
  return 0;
}
