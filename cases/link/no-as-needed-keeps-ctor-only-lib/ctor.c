#include <stdio.h>
/* The library's only job: its constructor runs at startup.  Nothing in it is
 * referenced by the program. */
__attribute__((constructor)) static void register_plugin(void) { puts("ctor ran"); }
