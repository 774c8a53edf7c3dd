#include <stdio.h>
#include <time.h>

long *lib_timezone(void) { return &timezone; }
int *lib_daylight(void) { return &daylight; }

void lib_print(void) { printf("dso: timezone=%ld daylight=%d\n", timezone, daylight); }
