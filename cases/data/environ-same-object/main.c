#include "check.h"

extern char **environ;
char ***lib_environ_addr(void);
void lib_report(void);

int main(void) {
  CHECK_EQ_PTR(lib_environ_addr(), &environ);   /* one variable */
  CHECK_NULL(getenv("DSOCONF_MARK"));
  CHECK_EQ_INT(setenv("DSOCONF_MARK", "from-exe", 1), 0);  /* may reallocate environ */
  lib_report();
  return 0;
}
