#define _GNU_SOURCE
#include <link.h>

/* The library walks the process's loaded objects on the caller's behalf. */
int lib_objects(int (*cb)(struct dl_phdr_info *, size_t, void *), void *data) {
  return dl_iterate_phdr(cb, data);
}
