#include <errno.h>
#include <stdlib.h>
int ctor_got_erange;
int *ctor_errno_addr;
__attribute__((constructor)) static void err_ctor(void) {
  int saved = errno;               /* a well-behaved constructor preserves errno */
  errno = 0;
  (void)strtol("99999999999999999999999999999", NULL, 10);
  ctor_got_erange = (errno == ERANGE);
  ctor_errno_addr = &errno;
  errno = saved;
}
