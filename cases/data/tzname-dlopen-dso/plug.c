#include <stdio.h>
#include <time.h>

char **plug_tzname(void) { return tzname; }

void plug_report(void) {
  printf("plugin: %s %s timezone=%ld daylight=%d\n", tzname[0], tzname[1], timezone, daylight);
}
