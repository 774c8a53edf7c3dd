#include "check.h"

/* Hidden: never exported, so it cannot satisfy libhook.so's reference at run time. */
__attribute__((visibility("hidden"))) int app_hook(int x) { return x * 2; }

int lib_run(int x);

int main(void) {
  printf("%d\n", lib_run(20));
  return 0;
}
