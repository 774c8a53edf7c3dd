#include <unistd.h>
#include <cstring>
#include "log.h"

void say(const char *what) {
  if (write(1, what, std::strlen(what)) < 0) _exit(3);
}

static int ready;
struct lib_obj {
  lib_obj() { say("ctor lib\n"); ready = 1; }
  ~lib_obj() { say("dtor lib\n"); }
};
static lib_obj the_lib_obj;
int lib_ready(void) { return ready; }
