#include "reg.h"
int *b_bump(void) { return registry<long>::bump(); }
