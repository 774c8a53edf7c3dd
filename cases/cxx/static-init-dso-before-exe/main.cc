#include "log.h"

struct exe_obj {
  exe_obj() { say(lib_ready() ? "ctor exe (lib ready=1)\n" : "ctor exe (lib ready=0)\n"); }
  ~exe_obj() { say("dtor exe\n"); }
};
static exe_obj the_exe_obj;

int main() {
  say("main\n");
  return 0;
}
