#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

static size_t modid(const char *path) {
  void *h = dlopen(path, RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  size_t id = (size_t)-1;
  CHECK_EQ_INT(dlinfo(h, RTLD_DI_TLS_MODID, &id), 0);
  return id;
}

int main(void) {
  size_t with = modid("./libtls.so"), without = modid("./libnotls.so");
  printf("libtls.so: %s\n", with == (size_t)-1 ? "unset" : with ? "nonzero" : "0");
  printf("libnotls.so: %s\n", without == (size_t)-1 ? "unset" : without ? "nonzero" : "0");
  return 0;
}
