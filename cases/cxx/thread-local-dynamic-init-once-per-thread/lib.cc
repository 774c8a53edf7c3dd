#include <atomic>
static std::atomic<int> inits{0};
struct slot {
  int id;
  slot() : id(++inits) {} /* dynamic initialiser: counts how often it runs */
};
static thread_local slot tl_slot;

extern "C" int lib_slot_id(void) { return tl_slot.id; }
extern "C" void *lib_slot_addr(void) { return &tl_slot; }
extern "C" int lib_inits(void) { return inits.load(); }
