#include "counter.h"
extern "C" int *plugin_a_bump() { int *c = shared_counter(); ++*c; return c; }
