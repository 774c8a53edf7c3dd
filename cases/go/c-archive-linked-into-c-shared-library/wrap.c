#include "libgoadd.h"   /* written by go build -buildmode=c-archive */

int wrap_add(int a, int b);
int wrap_add(int a, int b) { return GoAdd(a, b); }
