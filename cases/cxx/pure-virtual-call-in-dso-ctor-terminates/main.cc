#include <cstdio>
#include <exception>
#include <unistd.h>
#include "shape.h"

static void on_terminate() {
  std::printf("terminate handler (exe) after a pure virtual call; no exception current: %s\n",
              std::current_exception() ? "no" : "yes");
  std::fflush(stdout);
  _exit(6);
}

int main() {
  std::set_terminate(on_terminate);
  Shape *s = make_square(3);
  std::printf("area=%d\n", s->measured);
  return 1;
}
