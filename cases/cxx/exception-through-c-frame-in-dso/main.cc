#include <cstdio>
#include "cfn.h"

static int thrower(int v) { throw v; }

int main() {
  try {
    c_call_with_cleanup(thrower, 5);
  } catch (int v) {
    std::printf("caught %d, C cleanup ran %d time(s)\n", v, c_cleanups_run());
    return 0;
  }
  std::printf("not caught\n");
  return 1;
}
