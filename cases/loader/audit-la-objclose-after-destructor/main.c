#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>
#include "check.h"

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

int main(void) {
  void *h = dlopen("./libgone.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  say("dlclose\n");
  CHECK_EQ_INT(dlclose(h), 0);   /* the only reference: the library is finalized and unloaded */
  say("back in main\n");
  return 0;
}
