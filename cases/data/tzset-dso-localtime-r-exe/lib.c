#include <stdlib.h>
#include <time.h>

void lib_zone(const char *tz) {
  setenv("TZ", tz, 1);
  tzset();
}
