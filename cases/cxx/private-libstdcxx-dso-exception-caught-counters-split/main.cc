#include <cstdio>
#include <exception>
#include <stdexcept>

void lib_throw(int v);
int lib_uncaught(void);

int main() {
  try {
    lib_throw(3);
  } catch (const std::runtime_error &e) { /* libstdc++.so.6's type_info and __cxa_begin_catch */
    std::printf("caught std::runtime_error: %s; ", e.what());
  } catch (...) {
    std::printf("caught only by catch(...)\n");
    return 1;
  }
  std::printf("uncaught_exceptions after the catch: exe runtime %d, DSO runtime %d\n", std::uncaught_exceptions(),
              lib_uncaught());
  return 0;
}
