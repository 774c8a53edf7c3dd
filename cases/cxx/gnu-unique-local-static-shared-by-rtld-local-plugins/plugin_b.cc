#include "counter.h"
extern "C" int *plugin_b_bump() { int *c = shared_counter(); ++*c; return c; }
