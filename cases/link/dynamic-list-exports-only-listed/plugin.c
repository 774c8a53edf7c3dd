#define _GNU_SOURCE
#include <dlfcn.h>
/* Asks the process which of the executable's functions are visible. */
int plugin_probe(void) {
  return (dlsym(RTLD_DEFAULT, "host_listed") != 0) * 10 + (dlsym(RTLD_DEFAULT, "host_unlisted") != 0);
}
