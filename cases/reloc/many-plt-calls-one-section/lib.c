/* 10000 exported functions f0000 .. f9999; each adds one to the counter. */
#include "rep.h"

int calls;

#define DEFINE(n) void f##n(void) { calls++; }
REP10000(DEFINE)
