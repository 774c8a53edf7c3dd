#include "once.h"
int throwing_runs;
void throwing_call(void) {
  std::call_once(init_flag, [] {
    ++throwing_runs;
    throw 7;
  });
}
