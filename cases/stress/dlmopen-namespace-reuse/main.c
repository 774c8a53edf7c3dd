/* Open 15 namespaces with dlmopen, close them all, 20 x scale rounds: a namespace emptied by
 * dlclose must be reusable, so every round gets 15 namespaces again and fresh data in each. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(int argc, char **argv) {
  int rounds = 20 * (argc > 1 ? atoi(argv[1]) : 1);
  for (int r = 0; r < rounds; r++) {
    void *h[15];
    for (int i = 0; i < 15; i++) {
      h[i] = dlmopen(LM_ID_NEWLM, "libns.so", RTLD_NOW | RTLD_LOCAL);
      CHECK_MSG(h[i] != NULL, "round %d, namespace %d: %s", r, i, dlerror());
      int (*bump)(void) = (int (*)(void))dlsym(h[i], "ns_bump");
      CHECK_NOT_NULL(bump);
      CHECK_EQ_INT(bump(), 1);
      CHECK_EQ_INT(bump(), 2);
    }
    for (int i = 14; i >= 0; i--) CHECK_EQ_INT(dlclose(h[i]), 0);
  }
  printf("emptied namespaces were reused every round\n");
  return 0;
}
