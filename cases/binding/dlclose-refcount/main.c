#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

/* Is libcount.so in the process? RTLD_NOLOAD takes a reference when it succeeds: drop it. */
static int loaded(void) {
  void *h = dlopen("./libcount.so", RTLD_NOW | RTLD_NOLOAD);
  if (h != NULL) dlclose(h);
  return h != NULL;
}

int main(void) {
  void *h1 = dlopen("./libcount.so", RTLD_NOW);
  void *h2 = dlopen("./libcount.so", RTLD_NOW);
  CHECK_MSG(h1 != NULL && h2 != NULL, "%s", dlerror());
  CHECK_EQ_PTR(h1, h2);                 /* one object, referenced twice */
  CHECK_EQ_INT(dlclose(h1), 0);
  int after_one = loaded();
  CHECK_EQ_INT(dlclose(h2), 0);
  int after_two = loaded();
  printf("after one dlclose: %s, after both: %s\n", after_one ? "loaded" : "unloaded",
         after_two ? "loaded" : "unloaded");
  return 0;
}
