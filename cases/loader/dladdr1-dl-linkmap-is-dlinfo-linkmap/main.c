#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <string.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libprobe.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int *data = dlsym(h, "probe_data");
  CHECK_NOT_NULL(data);
  struct link_map *from_handle = NULL, *from_addr = NULL;
  CHECK_EQ_INT(dlinfo(h, RTLD_DI_LINKMAP, &from_handle), 0);
  Dl_info info;
  CHECK(dladdr1(data, &info, (void **)&from_addr, RTLD_DL_LINKMAP) != 0);
  CHECK_NOT_NULL(from_addr);
  size_t n = strlen(from_addr->l_name), k = strlen("libprobe.so");
  printf("same link_map: %s, l_name ends in libprobe.so: %s\n", from_addr == from_handle ? "yes" : "no",
         n >= k && strcmp(from_addr->l_name + n - k, "libprobe.so") == 0 ? "yes" : "no");
  return 0;
}
