#include <atomic>
#include "tlv.h"
static std::atomic<int> ctors{0};
counter::counter() : v(100 + ++ctors) {}
thread_local counter tl_counter; /* defines _ZTH10tl_counter (init) for other modules' wrappers */

extern "C" counter *lib_counter_addr(void) { return &tl_counter; }
extern "C" int lib_ctors(void) { return ctors.load(); }
