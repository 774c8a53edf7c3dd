#include <cstdio>
#include "lib.h"

int main() {
  try {
    lib_fail();
  } catch (const lib_error &e) {
    std::printf("caught lib_error %d after %d frames\n", e.code, lib_depth());
    return 0;
  }
  std::printf("not caught\n");
  return 1;
}
