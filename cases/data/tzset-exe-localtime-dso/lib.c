#include <stdio.h>
#include <time.h>

void lib_show(time_t t) {
  char buf[64];
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", localtime(&t));
  printf("dso: %s\n", buf);
}
