#include <time.h>
#include "check.h"

void lib_show(time_t t);

/* argv[1] is a POSIX TZ string; the rest are instants in seconds since the epoch. */
int main(int argc, char **argv) {
  CHECK(argc >= 3);
  CHECK_EQ_INT(setenv("TZ", argv[1], 1), 0);
  tzset();
  for (int i = 2; i < argc; i++) lib_show((time_t)strtoll(argv[i], NULL, 10));
  return 0;
}
