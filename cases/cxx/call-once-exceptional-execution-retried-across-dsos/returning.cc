#include "once.h"
int returning_runs;
void returning_call(void) {
  std::call_once(init_flag, [] {
    ++returning_runs;
#ifdef THROW_TOO
    throw 8;
#endif
  });
}
