#include "err.h"
int lib_catch(int code) {
  try {
    lib_throw(code);
  } catch (const thrown_error &e) {
    return e.what_code();
  }
  return -1;
}
