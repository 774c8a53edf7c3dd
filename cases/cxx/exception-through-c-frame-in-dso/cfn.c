#include "cfn.h"

static int cleanups;
static void release(int *guard) { cleanups += *guard; }

__attribute__((noinline)) int c_call_with_cleanup(int (*cb)(int), int arg) {
  /* With -fexceptions gcc/clang emit a landing pad for this cleanup; phase 2 must run it. */
  __attribute__((cleanup(release))) int guard = 1;
  (void)guard;
  return cb(arg);
}
int c_cleanups_run(void) { return cleanups; }
