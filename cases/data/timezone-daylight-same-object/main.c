#include <time.h>
#include "check.h"

long *lib_timezone(void);
int *lib_daylight(void);
void lib_print(void);

int main(int argc, char **argv) {
  CHECK_EQ_INT(argc, 2);
  CHECK_EQ_INT(setenv("TZ", argv[1], 1), 0);
  tzset();
  CHECK_EQ_PTR(lib_timezone(), &timezone);
  CHECK_EQ_PTR(lib_daylight(), &daylight);
  printf("exe: timezone=%ld daylight=%d\n", timezone, daylight);
  lib_print();
  return 0;
}
