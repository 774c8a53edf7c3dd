#include <errno.h>
#include "check.h"
extern int ctor_got_erange;
extern int *ctor_errno_addr;
int main(void) {
  printf("ctor errno ERANGE: %s, same errno object as main: %s\n",
         ctor_got_erange ? "yes" : "no", ctor_errno_addr == &errno ? "yes" : "no");
  return 0;
}
