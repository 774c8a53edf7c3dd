#include <cstdio>
#include <dlfcn.h>
#include "tpl.h"
#include "check.h"

template int twice<int>(int); /* explicit instantiation definition in the executable */

static int in_exe, elsewhere;
static void *exe_base;
void note_running_copy(void *pc) {
  Dl_info info;
  if (dladdr(pc, &info) && info.dli_fbase == exe_base)
    ++in_exe;
  else
    ++elsewhere;
}

int main() {
  Dl_info self;
  CHECK(dladdr((void *)&main, &self) != 0);
  exe_base = self.dli_fbase;
  int r = lib_call(4) + lib_call(5) + twice<int>(6);
  std::printf("same address: %s; twice<int> ran in the exe's copy %d time(s), elsewhere %d (sum %d)\n",
              lib_twice_addr() == (void *)&twice<int> ? "yes" : "no", in_exe, elsewhere, r);
  return 0;
}
