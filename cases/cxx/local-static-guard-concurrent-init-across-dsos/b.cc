#include "value.h"
int *b_get(void) { return shared_value(); }
