#include <dlfcn.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libapi.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*quad)(int) = (int (*)(int))dlsym(h, "api_quad");
  CHECK_NOT_NULL(quad);
  printf("api_quad(3)=%d\n", quad(3));
  printf("helper_twice: %s\n", dlsym(h, "helper_twice") ? "exported" : "not exported");
  printf("helper_table: %s\n", dlsym(h, "helper_table") ? "exported" : "not exported");
  return 0;
}
