#include <stdio.h>

/* Interposable (default visibility), so libplug.so calls it through a lazily bound PLT slot. */
__attribute__((weak)) void plug_helper(void) { puts("plug_helper called"); }

void plug_hook(int call_helper) {
  if (call_helper)
    plug_helper();  /* first call: lazy binding while dlclose is unloading libplug */
}

__attribute__((destructor)) static void plug_dtor(void) { puts("libplug dtor"); }
