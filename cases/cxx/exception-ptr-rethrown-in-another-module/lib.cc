#include "lib.h"
lib_failure::~lib_failure() {}
static const lib_failure *seen;
std::exception_ptr lib_capture(int code) {
  try {
    throw lib_failure(code);
  } catch (const lib_failure &e) {
    seen = &e;
    return std::current_exception();
  }
}
const lib_failure *lib_last_seen(void) { return seen; }
