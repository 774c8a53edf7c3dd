#include <dlfcn.h>
#include <stdio.h>
__attribute__((constructor)) static void b_ctor(void) {
  puts("b ctor begin");
  if (dlopen("./liba.so", RTLD_NOW)) puts("b opened a");
  else printf("b: %s\n", dlerror());
  puts("b ctor end");
}
