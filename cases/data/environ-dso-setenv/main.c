#include "check.h"

extern char **environ;
void lib_setenv(void);

int main(void) {
  lib_setenv();
  int found = 0;
  /* Print in a fixed order, whatever order libc keeps environ in. */
  const char *want[] = {"DSOCONF_A=one", "DSOCONF_B=two"};
  for (int i = 0; i < 2; i++)
    for (char **e = environ; *e; e++)
      if (strcmp(*e, want[i]) == 0) { printf("exe environ scan: %s\n", *e); found++; }
  CHECK_EQ_INT(found, 2);
  return 0;
}
