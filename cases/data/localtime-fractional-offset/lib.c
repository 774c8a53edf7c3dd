#include <stdio.h>
#include <time.h>

/* Format t as local time, in the zone libc currently holds. */
void lib_show(time_t t) {
  struct tm *tm = localtime(&t);
  char buf[64];
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", tm);
  printf("%lld -> %s dst=%d off=%ld\n", (long long)t, buf, tm->tm_isdst, tm->tm_gmtoff);
}
