#include <errno.h>
#include <unistd.h>

int *lib_errno_addr(void) { return &errno; }
int lib_close_bad(void) { return close(-1); }   /* fails with EBADF */
void lib_set_errno(int v) { errno = v; }
int lib_get_errno(void) { return errno; }
