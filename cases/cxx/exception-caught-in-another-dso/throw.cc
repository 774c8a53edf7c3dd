#include "err.h"
thrown_error::~thrown_error() {}
int thrown_error::what_code() const { return code; }
__attribute__((noinline)) void lib_throw(int code) { throw thrown_error(code); }
