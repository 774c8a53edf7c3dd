#include <cstdio>
#include "lib.h"
int main() {
  std::exception_ptr p = lib_capture(21);
  try {
    std::rethrow_exception(p);
  } catch (const lib_failure &e) {
    std::printf("caught lib_failure %d rethrown from the exe, same object: %s\n", e.code,
                &e == lib_last_seen() ? "yes" : "no");
    return 0;
  } catch (...) {
    std::printf("caught only by catch(...)\n");
  }
  return 1;
}
