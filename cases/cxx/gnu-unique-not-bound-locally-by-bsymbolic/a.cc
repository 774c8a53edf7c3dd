#include "reg.h"
int *a_bump(void) { return registry<long>::bump(); }
