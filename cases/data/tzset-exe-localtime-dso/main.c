#include <time.h>
#include "check.h"

void lib_show(time_t t);

static void zone(const char *tz) {
  CHECK_EQ_INT(setenv("TZ", tz, 1), 0);
  tzset();
}

int main(void) {
  const time_t t = 1700000000;
  zone("UTC0");
  lib_show(t);
  zone("JST-9");
  lib_show(t);
  zone("UTC0");       /* and back: no stale state cached in the DSO */
  lib_show(t);
  return 0;
}
