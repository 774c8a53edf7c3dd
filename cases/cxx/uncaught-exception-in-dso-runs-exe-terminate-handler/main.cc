#include <cstdio>
#include <exception>
#include <unistd.h>

void lib_fail(int v);
extern int lib_local_destroyed;

static void on_terminate() {
  const char *what = "none";
  int value = -1;
  if (std::exception_ptr p = std::current_exception()) {
    try {
      std::rethrow_exception(p);
    } catch (int v) {
      what = "int";
      value = v;
    } catch (...) {
      what = "something else";
    }
  }
  std::printf("terminate handler (exe): current exception is %s %d; lib local destroyed: %s\n", what, value,
              lib_local_destroyed ? "yes" : "no");
  std::fflush(stdout);
  _exit(3);
}

int main() {
  std::set_terminate(on_terminate);
  lib_fail(5); /* no try block anywhere */
  std::printf("returned from lib_fail\n");
  return 0;
}
