#include <csignal>
#include <cstdio>
#include <unistd.h>
#include "once.h"

static void on_alarm(int) { /* a hang (GCC bug 66146) becomes a readable failure */
  static const char msg[] = "call_once did not return after an exceptional execution\n";
  (void)!write(1, msg, sizeof msg - 1);
  _exit(2);
}

int main() {
  std::signal(SIGALRM, on_alarm);
  alarm(20);
  int exe_runs = 0;
  try {
    throwing_call();
    std::printf("throwing: returned normally; ");
  } catch (int v) {
    std::printf("throwing: exception %d reached the caller; ", v);
  }
  try {
    returning_call();
    std::printf("returning: %s; ", returning_runs ? "ran" : "did not run");
  } catch (int v) {
    std::printf("returning: threw %d; ", v);
  }
  try {
    std::call_once(init_flag, [&] { ++exe_runs; });
  } catch (...) {
  }
  std::printf("exe: %s; runs: throwing=%d returning=%d exe=%d\n", exe_runs ? "ran" : "ran nothing", throwing_runs,
              returning_runs, exe_runs);
  return 0;
}
