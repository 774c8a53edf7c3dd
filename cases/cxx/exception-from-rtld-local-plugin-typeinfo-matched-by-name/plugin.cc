#include "err.h"
extern "C" const std::type_info *plugin_ti(void) { return &typeid(plugin_err); }
extern "C" void plugin_fail(int c) { throw plugin_err(c); }
