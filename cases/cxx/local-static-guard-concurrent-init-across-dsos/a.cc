#include "value.h"
int *a_get(void) { return shared_value(); }
