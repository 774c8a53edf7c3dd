#include <atomic>
#include <unistd.h>
#include "value.h"
static std::atomic<int> calls{0};
int slow_init(void) {
  ++calls;
  usleep(300 * 1000);
  return 42;
}
int init_calls(void) { return calls.load(); }
