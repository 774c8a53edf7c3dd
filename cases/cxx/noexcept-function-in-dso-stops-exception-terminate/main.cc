#include <cstdio>
#include <exception>
#include <unistd.h>

void guarded(int v);
static int catch_reached, local_destroyed;

struct local {
  ~local() { local_destroyed = 1; }
};

static void on_terminate() {
  int value = -1;
  if (std::exception_ptr p = std::current_exception()) {
    try {
      std::rethrow_exception(p);
    } catch (int v) {
      value = v;
    } catch (...) {
    }
  }
  std::printf("terminate: int %d; exe catch reached: %s; exe local destroyed: %s\n", value,
              catch_reached ? "yes" : "no", local_destroyed ? "yes" : "no");
  std::fflush(stdout);
  _exit(4);
}

static void call_guarded() {
  local l;
  guarded(7);
}

int main() {
  std::set_terminate(on_terminate);
  try {
    call_guarded();
  } catch (...) {
    catch_reached = 1;
    std::printf("caught in main: the noexcept frame was unwound through\n");
    return 1;
  }
  return 0;
}
