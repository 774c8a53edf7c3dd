#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>
#include "check.h"

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

int main(void) {
  say("main: dlopen\n");
  void *h = dlopen("./libadded.so", RTLD_NOW);   /* its only dependency, libc, is loaded already */
  CHECK_MSG(h != NULL, "%s", dlerror());
  say("main: opened\n");
  return 0;
}
