#include "types.h"
const std::type_info &lib_alpha(void) { return typeid(Alpha); }
const std::type_info &lib_beta(void) { return typeid(Beta); }
