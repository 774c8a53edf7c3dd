#include <cstdio>
int lib_local_destroyed;
struct local {
  ~local() { lib_local_destroyed = 1; }
};
void lib_fail(int v) {
  local l;
  std::printf("lib: throwing\n");
  std::fflush(stdout);
  throw v;
}
