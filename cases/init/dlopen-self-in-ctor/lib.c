#include <dlfcn.h>
#include <stdio.h>
int ctor_runs;
__attribute__((constructor)) static void self_ctor(void) {
  ++ctor_runs;
  printf("ctor run %d begin\n", ctor_runs);
  void *me = dlopen("./libself.so", RTLD_NOW);
  printf("self handle %s, ctor runs so far %d\n", me ? "ok" : dlerror(), ctor_runs);
}
