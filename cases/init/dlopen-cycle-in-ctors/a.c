#include <dlfcn.h>
#include <stdio.h>
__attribute__((constructor)) static void a_ctor(void) {
  puts("a ctor begin");
  if (dlopen("./libb.so", RTLD_NOW)) puts("a opened b");
  else printf("a: %s\n", dlerror());
  puts("a ctor end");
}
