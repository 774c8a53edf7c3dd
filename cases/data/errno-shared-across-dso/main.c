#include <errno.h>
#include "check.h"

int *lib_errno_addr(void);
int lib_close_bad(void);
void lib_set_errno(int v);
int lib_get_errno(void);

int main(void) {
  CHECK_EQ_PTR(lib_errno_addr(), &errno);
  errno = 0;
  CHECK_EQ_INT(lib_close_bad(), -1);
  printf("after dso close(-1): %s\n", errno == EBADF ? "EBADF" : "other");
  lib_set_errno(1234);
  printf("after dso set: %d\n", errno);
  errno = 4321;
  printf("after exe set: dso reads %d\n", lib_get_errno());
  return 0;
}
