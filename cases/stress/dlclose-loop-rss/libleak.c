/* Loaded and unloaded in a loop: has TLS, a constructor, a destructor and a dependency. */
#include <stdlib.h>

int dep_value(void);
__thread char tls_buf[256] = {1};
static char *heap;

__attribute__((constructor)) static void leak_init(void) { heap = malloc(1000); }
__attribute__((destructor)) static void leak_fini(void) { free(heap); }

int leak_touch(void) { tls_buf[255] += 1; return tls_buf[0] + tls_buf[255] + dep_value(); }
