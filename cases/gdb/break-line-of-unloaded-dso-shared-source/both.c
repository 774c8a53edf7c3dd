/* One source file for both the DSO (-DPART_lib) and the executable. */
#ifdef PART_lib

int plug_twice(int v)
{
  int r = v * 2;                        /* both.c:6, the breakpoint line */
  return r;
}

#else
#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int plug_twice(int v);

int main(void)
{
#ifdef LOAD_dlopen
  void *h = dlopen("libplug.so", RTLD_NOW);
  CHECK_NOT_NULL(h);
  int (*twice)(int) = (int (*)(int))dlsym(h, "plug_twice");
#else
  int (*twice)(int) = plug_twice;
#endif
  printf("%d\n", twice(21));
  return 0;
}
#endif
