#include "hid.h"
const std::type_info *lib_ti(void) { return &typeid(hidden_err); }
void lib_throw(void) { throw hidden_err(); }
