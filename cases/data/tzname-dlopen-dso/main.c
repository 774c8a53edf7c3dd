#include <dlfcn.h>
#include <time.h>
#include "check.h"

int main(int argc, char **argv) {
  CHECK_EQ_INT(argc, 2);
  CHECK_EQ_INT(setenv("TZ", argv[1], 1), 0);
  tzset();                                   /* before the plugin exists */
  void *h = dlopen("./libplug.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  char **(*get)(void) = (char **(*)(void))dlsym(h, "plug_tzname");
  void (*report)(void) = (void (*)(void))dlsym(h, "plug_report");
  CHECK_NOT_NULL(get);
  CHECK_NOT_NULL(report);
  CHECK_EQ_PTR(get(), tzname);
  report();
  return 0;
}
