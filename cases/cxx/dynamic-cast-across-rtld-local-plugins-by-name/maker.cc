#include "classes.h"
extern "C" Base *make_derived(void) { return new Derived; }
extern "C" const std::type_info *maker_ti(void) { return &typeid(Derived); }
