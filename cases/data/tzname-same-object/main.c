#include <time.h>
#include "check.h"

char **lib_tzname(void);
void lib_print(void);

int main(int argc, char **argv) {
  CHECK_EQ_INT(argc, 2);
  CHECK_EQ_INT(setenv("TZ", argv[1], 1), 0);
  tzset();
  CHECK_EQ_PTR(lib_tzname(), tzname);   /* the DSO and the exe see one array */
  printf("exe: %s %s\n", tzname[0], tzname[1]);
  lib_print();
  return 0;
}
