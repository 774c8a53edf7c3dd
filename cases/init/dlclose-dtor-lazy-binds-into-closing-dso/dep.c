#include <stdio.h>

/* Defined in libplug.so, which needs this library: resolved through libplug's lookup scope. */
extern void plug_hook(int call_helper);

__attribute__((constructor)) static void dep_ctor(void) {
  plug_hook(0);  /* binds this library's PLT slot for plug_hook, not libplug's for plug_helper */
}

__attribute__((destructor)) static void dep_dtor(void) {
  puts("libdep dtor");
  plug_hook(1);  /* runs after libplug's destructor, during the same dlclose */
}
