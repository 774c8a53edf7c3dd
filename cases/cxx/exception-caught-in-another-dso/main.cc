#include <cstdio>
#include "err.h"
int main() {
  int got;
  try {
    got = lib_catch(7);
  } catch (...) {
    std::printf("exception escaped libcatch to the executable\n");
    return 1;
  }
  std::printf("libcatch caught thrown_error %d from libthrow\n", got);
  return got == 7 ? 0 : 1;
}
