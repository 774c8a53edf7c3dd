#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

char ***lib_environ_addr(void) { return &environ; }

void lib_report(void) {
  printf("dso getenv: %s\n", getenv("DSOCONF_MARK"));
  for (char **e = environ; *e; e++)
    if (strncmp(*e, "DSOCONF_MARK=", 13) == 0) printf("dso environ scan: %s\n", *e);
}
