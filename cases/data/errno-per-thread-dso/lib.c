#include <errno.h>

void lib_set_errno(int v) { errno = v; }
int lib_get_errno(void) { return errno; }
int *lib_errno_addr(void) { return &errno; }
