#include <cstdio>
#include "hid.h"
int main() {
  bool same = lib_ti() == &typeid(hidden_err);
  bool eq = *lib_ti() == typeid(hidden_err);
  bool caught = false;
  try {
    lib_throw();
  } catch (const hidden_err &e) {
    caught = e.code() == 5;
  } catch (...) {
  }
  std::printf("same object: %s; operator==: %s; caught hidden_err from DSO: %s\n", same ? "yes" : "no",
              eq ? "yes" : "no", caught ? "yes" : "no");
  return 0;
}
