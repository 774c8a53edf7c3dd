#include <stdio.h>
#include <time.h>

char **lib_tzname(void) { return tzname; }

void lib_print(void) { printf("dso: %s %s\n", tzname[0], tzname[1]); }
