#include <time.h>
#include "check.h"

void lib_zone(const char *tz);

static void show(void) {
  const time_t t = 1700000000;
  struct tm tm;
  char buf[64];
  CHECK_NOT_NULL(localtime_r(&t, &tm));
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", &tm);
  printf("exe: %s tzname[0]=%s\n", buf, tzname[0]);
}

int main(void) {
  lib_zone("JST-9");
  show();
  lib_zone("<+1030>-10:30");
  show();
  return 0;
}
