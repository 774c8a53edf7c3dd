#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int main(void) {
  /* A new namespace: its own libc.so.6, loaded before libnodeps.so (libtop's DT_NEEDED order). */
  void *h = dlmopen(LM_ID_NEWLM, "./libtop.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void *(*get_memcpy)(void) = (void *(*)(void))dlsym(h, "get_memcpy");
  void *(*get_strlen)(void) = (void *(*)(void))dlsym(h, "get_strlen");
  CHECK(get_memcpy != NULL && get_strlen != NULL);
  /* The namespace's own memcpy and strlen, as the IFUNC resolvers selected them. */
  CHECK_EQ_PTR(get_memcpy(), dlsym(h, "memcpy"));
  CHECK_EQ_PTR(get_strlen(), dlsym(h, "strlen"));
  char buf[8];
  ((void *(*)(void *, const void *, size_t))get_memcpy())(buf, "ns", 3);
  printf("%s %zu\n", buf, ((size_t (*)(const char *))get_strlen())(buf));
  return 0;
}
