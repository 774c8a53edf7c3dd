#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

extern void *lib_frames[64];
extern int lib_depth;
int lib_catch_fault(void);

int main(void) {
  CHECK_EQ_INT(lib_catch_fault(), 1);
  /* backtrace(3) unwinds through the signal frame: one of the frames is the
   * interrupted PC, inside lib_fault (dladdr names the exported symbol that
   * contains it). */
  int found = 0;
  for (int i = 0; i < lib_depth; i++) {
    Dl_info info;
    if (dladdr(lib_frames[i], &info) && info.dli_sname && strcmp(info.dli_sname, "lib_fault") == 0)
      found = 1;
  }
  CHECK_MSG(found, "lib_fault is not among the %d frames", lib_depth);
  puts("lib_fault");
  return 0;
}
