#include <dlfcn.h>
#include "check.h"
int main(void) {
  void *dep = dlopen("./libdep.so", RTLD_NOW);
  CHECK_MSG(dep != NULL, "%s", dlerror());
  void *user = dlopen("./libuser.so", RTLD_NOW);
  CHECK_MSG(user != NULL, "%s", dlerror());
  puts("close dep");
  CHECK_EQ_INT(dlclose(dep), 0);
  puts("close user");
  CHECK_EQ_INT(dlclose(user), 0);
  puts("main end");
  return 0;
}
