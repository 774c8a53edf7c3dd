/* A plugin that looks up the host's functions at run time through the global
 * scope, which holds the executable's .dynsym. */
#include <dlfcn.h>
#include <stdio.h>

static void probe(const char *name) {
  int (*f)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, name);
  if (f) printf("%s: found, returns %d\n", name, f());
  else printf("%s: not found\n", name);
}

void plug_run(void) {
  probe("host_alpha");
  probe("host_beta");
  probe("host_gamma");
}
