#include <cstdio>
#include <dlfcn.h>
#include <typeinfo>
#include "check.h"

struct Base;
int main() {
  void *hm = dlopen("./maker.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(hm != NULL, "%s", dlerror());
  void *hc = dlopen("./caster.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(hc != NULL, "%s", dlerror());
  auto make = (Base * (*)(void)) dlsym(hm, "make_derived");
  auto mti = (const std::type_info *(*)(void))dlsym(hm, "maker_ti");
  auto cti = (const std::type_info *(*)(void))dlsym(hc, "caster_ti");
  auto report = (void (*)(Base *, char *, unsigned long))dlsym(hc, "caster_report");
  CHECK(make && mti && cti && report);
  char buf[200];
  report(make(), buf, sizeof buf);
  std::printf("type_info of Derived: %s; %s\n", mti() == cti() ? "one object" : "two objects", buf);
  return 0;
}
